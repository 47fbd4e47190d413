/** A path into one entry or row: field names and list positions. */
export type FieldPath = readonly (string | number)[];

/** One entry of a YAML list or one row of a CSV table, before validation. */
export interface RawItem {
  /** 1-based position: entry N of the list, row N of the table (header not counted). */
  index: number;
  /** 1-based line where the entry or row starts. */
  line: number;
  /** The parsed value: for CSV, a record of cell texts keyed by column. */
  value: unknown;
  /** The line of a field inside the item, or the item's own line when the field is absent. */
  lineOf(path: FieldPath): number;
}

/** A content file read into items, with the problems met while reading it. */
export interface RawFile {
  file: string;
  format: 'yaml' | 'csv';
  items: RawItem[];
}
