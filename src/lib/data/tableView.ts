/**
 * Turns a dataset's rows into a plain table for display, all from its declaration: headings are
 * the declared Chinese labels with units, place codes become names, enum values their labels,
 * references the name of the row they point at, dates Chinese dates, source ids links, and
 * unknown values are marked as such (never blanks, zero or the word "unknown").
 */
import { formatNumber } from '../format/number.ts';
import { formatDateZh, PARTIAL_DATE } from '../format/partialDate.ts';
import { rowKey } from './datasets.ts';
import { publicColumns, type Column, type Declaration, type InnerColumn } from './declaration.ts';

export type TableCell =
  { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'sources'; ids: string[] };

export interface TableView {
  columns: { field: string; label: string }[];
  rows: TableCell[][];
}

/** Names a referenced row: the dataset a `ref` column points to, and the row's key. */
export type RefName = (dataset: string, key: string) => string | undefined;
type PlaceName = (code: string) => string | undefined;

/** A column's heading: its label, with the unit in brackets when it has one. */
export function columnHeading(column: Pick<Column, 'label' | 'unit'>): string {
  return column.unit ? `${column.label}（${column.unit}）` : column.label;
}

/**
 * A number in a table cell (its unit is in the heading): grouped, as precise as published, and a
 * percentage always with its decimal ("7.0", never "7"); a lower bound reads "至少13".
 */
export function numberText(
  value: number,
  type = 'number',
  atLeast = false,
  decimals?: number,
): string {
  const text = formatNumber(value, { decimals });
  const shown = type === 'percent' && !text.includes('.') ? `${text}.0` : text;
  return atLeast ? `至少${shown}` : shown;
}

/** One value as readers see it, following its column's type. */
export function formatCell(
  column: Column | InnerColumn,
  value: unknown,
  placeName: PlaceName,
  refName?: RefName,
): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value))
    return value
      .map((item) =>
        'fields' in column && column.fields && typeof item === 'object' && item !== null
          ? formatRecord(column.fields, item as Record<string, unknown>, placeName, refName)
          : formatCell({ ...column, type: column.of ?? 'text' }, item, placeName, refName),
      )
      .join('；');
  switch (column.type) {
    case 'place':
      return placeName(String(value)) ?? String(value);
    case 'enum':
      return column.values?.[String(value)] ?? String(value);
    case 'ref':
      return (column.to && refName?.(column.to, String(value))) ?? String(value);
    case 'boolean':
      return value ? '是' : '否';
    // Dates as readers write them: 2020年1月21日, 2020年1月, 2020年.
    case 'date':
      return PARTIAL_DATE.test(String(value)) ? formatDateZh(String(value)) : String(value);
    // Years and batch-like labels are not quantities: 2019, never 2,019.
    case 'year':
      return String(value);
    default:
      return typeof value === 'number'
        ? numberText(value, column.type, false, column.decimals)
        : String(value);
  }
}

/** A record in a list, e.g. a leading province and its count: "北京87项". */
function formatRecord(
  fields: Record<string, InnerColumn>,
  record: Record<string, unknown>,
  placeName: PlaceName,
  refName?: RefName,
): string {
  return Object.entries(fields)
    .filter(([name]) => record[name] !== undefined && fields[name]?.type !== 'sources')
    .map(([name, column]) => {
      const text = formatCell(column, record[name], placeName, refName);
      return typeof record[name] === 'number' && column.unit ? `${text}${column.unit}` : text;
    })
    .join(' ')
    .replace(/(?<=[\u3400-\u9fff]) (?=[\d至])/g, '');
}

/**
 * The columns a reader's table shows by default: all but the row ids, which are for the files,
 * and the newsroom's internal columns, which never reach a page.
 */
export function readerFields(declaration: Declaration): string[] {
  const shown = new Set(publicColumns(declaration));
  return Object.entries(declaration.columns)
    .filter(([field, column]) => column.type !== 'id' && shown.has(field))
    .map(([field]) => field);
}

/**
 * The id of a row on the data page, `row-<dataset>-<key>` (e.g. `row-gdp-430000-2019-first-published`):
 * stable while the row's key stays the same, so a story's figure can link to its row.
 */
export function rowAnchor(
  dataset: string,
  declaration: Declaration,
  row: Record<string, unknown>,
): string {
  return `row-${dataset}-${rowKey(declaration, row)}`.replace(/\s+/g, '_');
}

/** Builds the display table of a dataset's rows, or of the chosen columns only. */
export function tableView(
  declaration: Declaration,
  rows: readonly Record<string, unknown>[],
  placeName: PlaceName,
  fields: readonly string[] = readerFields(declaration),
  refName?: RefName,
): TableView {
  const cell = (field: string, value: unknown): TableCell => {
    const column = declaration.columns[field];
    if (value === null) return { kind: 'missing' };
    if (column?.type === 'sources' && Array.isArray(value))
      return { kind: 'sources', ids: value.map(String) };
    return { kind: 'text', text: column ? formatCell(column, value, placeName, refName) : '' };
  };
  return {
    columns: fields.map((field) => ({
      field,
      label: declaration.columns[field] ? columnHeading(declaration.columns[field]) : field,
    })),
    rows: rows.map((row) => fields.map((field) => cell(field, row[field]))),
  };
}

interface NamedDataset {
  declaration: Declaration;
  rows: readonly { data: Record<string, unknown> }[];
}

/**
 * Names rows of other datasets by their first text column (e.g. a list's 名称), so a reference
 * reads as the thing it points at, never as its id.
 */
export function refNames(datasets: ReadonlyMap<string, NamedDataset>): RefName {
  return (name, key) => {
    const dataset = datasets.get(name);
    if (!dataset) return undefined;
    const { columns, key: keyField } = dataset.declaration;
    const keyName = typeof keyField === 'string' ? keyField : keyField[0];
    const nameField = Object.keys(columns).find((f) => columns[f]?.type === 'text');
    const row = dataset.rows.find((r) => String(r.data[keyName ?? '']) === key);
    const value = nameField === undefined ? undefined : row?.data[nameField];
    return typeof value === 'string' ? value : undefined;
  };
}
