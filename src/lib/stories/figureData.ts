/**
 * The data a story's figures refer to: each dataset's rows, the words that pick a row (its key,
 * places by code or name, enum values by value or label, years and dates), the columns a
 * reference may name (numbers and dates, by column name or Chinese label), and each value as
 * readers see it — the same text the data tables show (tableView.ts), with the column's unit.
 */
import type { Column, Declaration } from '../data/declaration.ts';
import { keyColumns } from '../data/declaration.ts';
import { rowAnchor, numberText } from '../data/tableView.ts';
import { MISSING_TEXT } from '../format/number.ts';
import { formatDateZh, PARTIAL_DATE } from '../format/partialDate.ts';
import type { Source } from '../schema/source.ts';
import { sourceLabeller } from '../sources/groups.ts';

type Row = Record<string, unknown>;

export interface FigureDataset {
  name: string;
  declaration: Declaration;
  rows: readonly { data: Row }[];
}

export interface FigureData {
  /** Every dataset but the source register. */
  datasets: ReadonlyMap<string, FigureDataset>;
  /** Place code → short and full Chinese names. */
  places: ReadonlyMap<string, { short: string; name: string }>;
  /** Names a value's sources as its chart tooltips do: "来源：湖南省统计局、湖北日报等4份". */
  sourceLabel: (ids: readonly string[]) => string;
}

/** Builds the figure data from a validated content set. */
export function figureData(content: {
  datasets: ReadonlyMap<string, FigureDataset>;
  places: readonly { data: { code: string; short_zh: string; name_zh: string } }[];
  sources: readonly { data: Source }[];
}): FigureData {
  return {
    datasets: new Map([...content.datasets].filter(([name]) => name !== 'sources')),
    places: new Map(
      content.places.map(({ data }) => [data.code, { short: data.short_zh, name: data.name_zh }]),
    ),
    sourceLabel: sourceLabeller(
      content.sources.map(({ data }) => data),
      '来源见数据页',
    ),
  };
}

/** Column types whose value a story may state: numbers and dates. */
const STATED = new Set(['count', 'amount', 'percent', 'number', 'date']);
/** Column types whose values name a row, besides its key. */
export const NAMING = new Set(['place', 'enum', 'year', 'date']);

/** The columns a reference may name, by column name, in declared order. */
export function statedColumns(declaration: Declaration): string[] {
  return Object.entries(declaration.columns)
    .filter(([, column]) => STATED.has(column.type) && !column.internal)
    .map(([name]) => name);
}

/** The column a word names, by its name or its Chinese label. */
export function columnNamed(declaration: Declaration, word: string): string | undefined {
  const columns = statedColumns(declaration);
  return (
    columns.find((name) => name === word) ??
    columns.find((name) => declaration.columns[name]?.label === word)
  );
}

/** How a reference names a column: its label when that is unique and one word, else its name. */
export function columnWord(declaration: Declaration, name: string): string {
  const label = declaration.columns[name]?.label ?? name;
  const same = statedColumns(declaration).filter((c) => declaration.columns[c]?.label === label);
  return same.length === 1 && !/\s/.test(label) ? label : name;
}

/**
 * The words a value answers to: a place by code, short or full name; an enum by value or label;
 * with `loose`, a date by its year or month too (2018-08-26 by 2018 and 2018-08).
 */
export function valueWords(
  data: FigureData,
  column: Column | undefined,
  value: unknown,
  loose = false,
): string[] {
  if (value === null || value === undefined || typeof value === 'object') return [];
  const written = String(value);
  if (column?.type === 'place') {
    const place = data.places.get(written);
    return place ? [written, place.short, place.name] : [written];
  }
  if (column?.type === 'enum') return [written, column.values?.[written] ?? written];
  if (column?.type === 'date' && loose)
    return [...new Set([written, written.slice(0, 4), written.slice(0, 7)])];
  return [written];
}

/** Whether every word names one of the row's key or naming values. */
export function rowAnswers(
  data: FigureData,
  dataset: FigureDataset,
  row: Row,
  words: readonly string[],
  loose = false,
): boolean {
  const { declaration } = dataset;
  const keys = new Set(keyColumns(declaration));
  const said = new Set(
    Object.entries(declaration.columns)
      .filter(([name, column]) => keys.has(name) || NAMING.has(column.type))
      .flatMap(([name, column]) => valueWords(data, column, row[name], loose)),
  );
  return words.every((word) => said.has(word));
}

/**
 * The rows the words pick: by exact values first; only when no row has them all, a year or month
 * may stand for a date in it (so 2019 picks the row of the year 2019, not one published in 2019).
 */
export function rowsAnswering(
  data: FigureData,
  dataset: FigureDataset,
  words: readonly string[],
): FigureDataset['rows'] {
  const exact = dataset.rows.filter((r) => rowAnswers(data, dataset, r.data, words));
  return exact.length > 0
    ? exact
    : dataset.rows.filter((r) => rowAnswers(data, dataset, r.data, words, true));
}

/** The words a suggested reference uses for a row: its key, as readers name it. */
function keyWords(data: FigureData, dataset: FigureDataset, row: Row): string[] {
  const { declaration } = dataset;
  return keyColumns(declaration).map((name) => {
    const column = declaration.columns[name];
    const words = valueWords(data, column, row[name]);
    // A place by its short name (湖南), an enum by its label (首次公布值).
    return (
      (column?.type === 'place' ? words[1] : column?.type === 'enum' ? words[1] : words[0]) ?? ''
    );
  });
}

/** A row's place and year words, when they name it alone: easier to type than a long id. */
function namingWords(data: FigureData, dataset: FigureDataset, row: Row): string[] | undefined {
  const { declaration } = dataset;
  const words = Object.entries(declaration.columns)
    .filter(([, column]) => column.type === 'place' || column.type === 'year')
    .map(
      ([name, column]) =>
        valueWords(data, column, row[name])[1] ?? valueWords(data, column, row[name])[0],
    )
    .filter((word): word is string => word !== undefined);
  const matches = dataset.rows.filter((r) => rowAnswers(data, dataset, r.data, words));
  return words.length > 0 && matches.length === 1 && matches[0]?.data === row ? words : undefined;
}

/** The reference that states one value of a row, e.g. `{{gdp 湖南 2019 首次公布值 地区生产总值}}`. */
export function referenceFor(
  data: FigureData,
  dataset: FigureDataset,
  row: Row,
  column: string,
): string {
  const single = keyColumns(dataset.declaration).length === 1;
  const words = (single && namingWords(data, dataset, row)) || keyWords(data, dataset, row);
  return `{{${[dataset.name, ...words, columnWord(dataset.declaration, column)].join(' ')}}}`;
}

/** A value as readers see it: as the data tables show it, with the column's unit after it. */
export function figureText(column: Column, value: unknown): string {
  if (value === null || value === undefined) return MISSING_TEXT;
  if (column.type === 'date')
    return PARTIAL_DATE.test(String(value)) ? formatDateZh(String(value)) : String(value);
  if (typeof value !== 'number') return String(value);
  return `${numberText(value, column.type, false, column.decimals)}${column.unit?.trim() ?? ''}`;
}

/** A figure resolved to its row: what it reads, where its row is, and who published it. */
export interface Figure {
  text: string;
  /** The row's anchor on the data page. */
  anchor: string;
  /** Where it comes from, for every reader: "来源：湖南省统计局、湖北日报". */
  source: string;
}

/** The figure a row's column states. */
export function figureOf(
  data: FigureData,
  dataset: FigureDataset,
  row: Row,
  column: string,
): Figure {
  const declared = dataset.declaration.columns[column];
  const sources = Array.isArray(row['sources']) ? row['sources'].map(String) : [];
  return {
    text: declared ? figureText(declared, row[column]) : MISSING_TEXT,
    anchor: rowAnchor(dataset.name, dataset.declaration, row),
    source: data.sourceLabel(sources),
  };
}
