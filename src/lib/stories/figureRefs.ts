/**
 * Resolves a reference `{{dataset words… column}}` to the one data value it names, or says what
 * is wrong in the journalist's words: an unknown dataset or column, words that name no row, or
 * words that name several (with the references that would pick each).
 */
import type { ContentProblem } from '../data/contentError.ts';
import { didYouMean } from '../data/didYouMean.ts';
import { keyColumns } from '../data/declaration.ts';
import {
  columnNamed,
  columnWord,
  figureOf,
  referenceFor,
  rowAnswers,
  rowsAnswering,
  statedColumns,
  valueWords,
  type Figure,
  type FigureData,
  type FigureDataset,
  NAMING,
} from './figureData.ts';

type Problem = Omit<ContentProblem, 'file' | 'line'>;

export const FIELD = 'figure';
export const FORM = '{{dataset words… column}}';
/** At most this many candidate references in one message. */
const SHOWN = 4;

/** The candidates, at most SHOWN of them, and how many more there are. */
export function listed(references: readonly string[]): string {
  const more = references.length - SHOWN;
  return references.slice(0, SHOWN).join(', ') + (more > 0 ? ` (and ${more} more)` : '');
}

/** A count of the rows the words pick, e.g. `{{数 parks 湖南 省级 个}}`: how many, with the unit. */
export function resolveCount(
  data: FigureData,
  words: readonly string[],
  raw: string,
): { figure: Figure } | { problem: Problem } {
  const [name = '', ...rest] = words;
  const dataset = data.datasets.get(name);
  if (!dataset) return { problem: unknownDataset(data, name, raw) };
  const unit = rest.at(-1);
  if (!unit || !/^\p{Script=Han}{1,2}$/u.test(unit))
    return {
      problem: {
        field: FIELD,
        expected: `a count written {{数 ${name} words… unit}}, the unit last (个, 项, 家)`,
        found: `${raw}`,
      },
    };
  const rowWords = rest.slice(0, -1);
  const rows = rowsAnswering(data, dataset, rowWords);
  // No row is no evidence of none: a count of zero is never stated from the data.
  if (rows.length === 0) return { problem: noRow(data, dataset, rowWords, undefined, raw) };
  const title = dataset.declaration.title;
  return {
    figure: {
      text: `${rows.length}${unit}`,
      anchor: `dataset-${name}`,
      source: `据本站数据“${title}”计数`,
    },
  };
}

export function resolveReference(
  data: FigureData,
  words: readonly string[],
  raw: string,
): { figure: Figure } | { problem: Problem } {
  const [name = '', ...rest] = words;
  const dataset = data.datasets.get(name);
  if (!dataset) return { problem: unknownDataset(data, name, raw) };
  const columnWordWritten = rest.at(-1);
  const column = columnWordWritten && columnNamed(dataset.declaration, columnWordWritten);
  if (!column) return { problem: unknownColumn(dataset, columnWordWritten, raw) };
  const rowWords = rest.slice(0, -1);
  const rows = rowsAnswering(data, dataset, rowWords);
  const only = rows.length === 1 ? rows[0] : undefined;
  if (only) return { figure: figureOf(data, dataset, only.data, column) };
  const refs = rows.map((r) => referenceFor(data, dataset, r.data, column));
  return {
    problem:
      rows.length === 0 ? noRow(data, dataset, rowWords, column, raw) : several(dataset, refs, raw),
  };
}

function unknownDataset(data: FigureData, name: string, raw: string): Problem {
  const names = [...data.datasets.keys()];
  const guess = name ? didYouMean(name, names) : undefined;
  return {
    field: FIELD,
    expected: `a reference written ${FORM}, starting with a dataset in content/data/ (${names.join(', ')})`,
    found: `${raw}`,
    hint: guess
      ? `did you mean "${guess}"?`
      : 'write the dataset first, e.g. {{filings-provinces 湖南 备案数}}; a figure quoted from a document is written {{引 …}}',
  };
}

function unknownColumn(dataset: FigureDataset, word: string | undefined, raw: string): Problem {
  const { declaration } = dataset;
  const columns = statedColumns(declaration);
  const words = columns.map((c) => columnWord(declaration, c));
  const guess =
    word === undefined ? undefined : (didYouMean(word, [...words, ...columns]) ?? undefined);
  const named = columns.map((c) => `${columnWord(declaration, c)} (${c})`).join(', ');
  return {
    field: FIELD,
    expected: `the column last: one of the numbers or dates of ${dataset.name}: ${named}`,
    found: word === undefined ? `no column in ${raw}` : `"${word}" in ${raw}`,
    ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
  };
}

/** The key columns of a dataset, by label, for "words that name one row (…)". */
function keyLabels(dataset: FigureDataset): string {
  const { declaration } = dataset;
  const keys = keyColumns(declaration);
  const naming = Object.entries(declaration.columns)
    .filter(([name, c]) => !keys.includes(name) && !c.internal && NAMING.has(c.type))
    .map(([name]) => name);
  const label = (c: string) => declaration.columns[c]?.label ?? c;
  const also = naming.length > 0 ? `; or ${naming.map(label).join(', ')}` : '';
  return `${keys.map(label).join(', ')}${also}`;
}

function noRow(
  data: FigureData,
  dataset: FigureDataset,
  words: readonly string[],
  column: string | undefined,
  raw: string,
): Problem {
  const expected = `words that name one row of ${dataset.name} (by ${keyLabels(dataset)})`;
  // A word no row answers to is the likely typo; otherwise it is the combination.
  const stray = words.find(
    (w) => !dataset.rows.some((r) => rowAnswers(data, dataset, r.data, [w], true)),
  );
  if (stray !== undefined) {
    const all = new Set(
      dataset.rows.flatMap((r) =>
        Object.entries(dataset.declaration.columns).flatMap(([n, c]) =>
          valueWords(data, c, r.data[n]),
        ),
      ),
    );
    const guess = didYouMean(stray, all);
    return {
      field: FIELD,
      expected,
      found: `"${stray}", which no row of ${dataset.name} has, in ${raw}`,
      ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
    };
  }
  const near =
    column === undefined
      ? []
      : dataset.rows
          .filter((r) =>
            words.some((_, i) => rowAnswers(data, dataset, r.data, words.toSpliced(i, 1))),
          )
          .map((r) => referenceFor(data, dataset, r.data, column));
  return {
    field: FIELD,
    expected,
    found: `no row with all of ${words.join(' ')} in ${raw}`,
    ...(near.length > 0 ? { hint: `rows that come close: ${listed(near)}` } : {}),
  };
}

function several(dataset: FigureDataset, refs: readonly string[], raw: string): Problem {
  return {
    field: FIELD,
    expected: `words that name one row of ${dataset.name} (by ${keyLabels(dataset)})`,
    found: `${refs.length} rows that answer to ${raw}`,
    hint: `add the words that pick one: ${listed(refs)}`,
  };
}
