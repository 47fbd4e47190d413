/**
 * Turns a dataset's rows into a plain table for display, all from its declaration: headings are
 * the declared Chinese labels with units, place codes become names, enum values their labels,
 * source ids links, and unknown values are marked as such (never blanks or zero).
 */
import { formatNumber } from '../format/number.ts';
import { formatDateZh } from '../format/partialDate.ts';
import { publicColumns, type Column, type Declaration, type InnerColumn } from './declaration.ts';

export type TableCell =
  { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'sources'; ids: string[] };

export interface TableView {
  columns: { field: string; label: string }[];
  rows: TableCell[][];
}

/** A column's heading: its label, with the unit in brackets when it has one. */
export function columnHeading(column: Pick<Column, 'label' | 'unit'>): string {
  return column.unit ? `${column.label}（${column.unit}）` : column.label;
}

/** One value as readers see it, following its column's type. */
export function formatCell(
  column: Column | InnerColumn,
  value: unknown,
  placeName: (code: string) => string | undefined,
): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value))
    return value
      .map((item) =>
        'fields' in column && column.fields && typeof item === 'object' && item !== null
          ? formatRecord(column.fields, item as Record<string, unknown>, placeName)
          : formatCell({ ...column, type: column.of ?? 'text' }, item, placeName),
      )
      .join(';');
  switch (column.type) {
    case 'place':
      return placeName(String(value)) ?? String(value);
    case 'enum':
      return column.values?.[String(value)] ?? String(value);
    case 'boolean':
      return value ? '是' : '否';
    // Years and batch-like labels are not quantities: 2019, never 2,019.
    case 'year':
      return String(value);
    // Dates as readers write them: 2020年1月21日, 2020年1月, 2020年.
    case 'date':
      return formatDateZh(String(value));
    default:
      return typeof value === 'number'
        ? formatNumber(value, { decimals: column.decimals })
        : String(value);
  }
}

function formatRecord(
  fields: Record<string, InnerColumn>,
  record: Record<string, unknown>,
  placeName: (code: string) => string | undefined,
): string {
  return Object.entries(fields)
    .filter(([name]) => record[name] !== undefined && fields[name]?.type !== 'sources')
    .map(([name, column]) => formatCell(column, record[name], placeName))
    .join(' ');
}

/** Builds the display table of a dataset's rows, or of the chosen columns only. */
export function tableView(
  declaration: Declaration,
  rows: readonly Record<string, unknown>[],
  placeName: (code: string) => string | undefined,
  fields: readonly string[] = publicColumns(declaration),
): TableView {
  const cell = (field: string, value: unknown): TableCell => {
    const column = declaration.columns[field];
    if (value === null) return { kind: 'missing' };
    if (column?.type === 'sources' && Array.isArray(value))
      return { kind: 'sources', ids: value.map(String) };
    return { kind: 'text', text: column ? formatCell(column, value, placeName) : '' };
  };
  return {
    columns: fields.map((field) => ({
      field,
      label: declaration.columns[field] ? columnHeading(declaration.columns[field]) : field,
    })),
    rows: rows.map((row) => fields.map((field) => cell(field, row[field]))),
  };
}
