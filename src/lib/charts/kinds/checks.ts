/**
 * Reference checks shared by the chart kinds: a dataset named by a chart exists, its columns
 * exist and have the right type, and every filter value is of the column's kind and matches
 * rows. These are what turn a chart that would publish "no data" into an error at build time.
 */
import type { ContentProblem } from '../../data/contentError.ts';
import type { LoadedDataset } from '../../data/contentSet.ts';
import { isNumeric, type Column, type ColumnType } from '../../data/declaration.ts';
import { didYouMean } from '../../data/didYouMean.ts';
import type { FieldPath } from '../../data/rawItems.ts';
import { matchesWhere, sameValue } from '../measure.ts';
import type { Metric } from './metric.ts';
import type { CheckContext } from './types.ts';

type Where = Metric['where'];

/** The dataset a chart names, or a problem with the closest name. */
export function checkDataset(
  name: string,
  path: FieldPath,
  context: CheckContext,
): { dataset?: LoadedDataset; problems: ContentProblem[] } {
  const dataset = context.content.datasets.get(name);
  if (dataset) return { dataset, problems: [] };
  const names = [...context.content.datasets.keys()];
  // filingProvinces, filings_provinces and Filings-Provinces all mean filings-provinces.
  const plain = (n: string) => n.toLowerCase().replace(/[-_\s]/g, '');
  const close = didYouMean(plain(name), names.map(plain));
  const guess = names.find((n) => plain(n) === close);
  return {
    problems: [
      {
        ...context.at(path),
        expected: `the name of a dataset in content/data/ (${names.join(', ')})`,
        found: `"${name}"`,
        hint: guess ? `did you mean "${guess}"?` : 'add the data file and its declaration first',
      },
    ],
  };
}

/** A column of the dataset, of one of the wanted types when given. */
export function checkColumn(
  dataset: LoadedDataset,
  field: string,
  path: FieldPath,
  context: CheckContext,
  wanted?: { types: readonly ColumnType[]; what: string },
): ContentProblem[] {
  const columns = dataset.declaration.columns;
  const column = columns[field];
  if (column?.internal)
    return [
      {
        ...context.at(path),
        expected: 'a column readers may see',
        found: `"${field}", a column marked internal: true (for the newsroom only)`,
      },
    ];
  if (column && (!wanted || wanted.types.includes(column.type))) return [];
  const candidates = Object.keys(columns).filter(
    (f) =>
      !columns[f]?.internal && (!wanted || wanted.types.includes(columns[f]?.type as ColumnType)),
  );
  const guess = didYouMean(field, candidates);
  return [
    {
      ...context.at(path),
      expected: `${wanted ? wanted.what : 'a column'} of ${dataset.name} (${candidates.join(', ') || 'none'})`,
      found: column ? `"${field}", a ${column.type} column` : `"${field}"`,
      ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
    },
  ];
}

/** Checks each filter: the column exists, each value is of its kind, and some row matches. */
export function checkWhere(
  dataset: LoadedDataset,
  where: Where,
  path: FieldPath,
  context: CheckContext,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [field, wanted] of Object.entries(where ?? {})) {
    const fieldPath = [...path, field];
    const columnProblems = checkColumn(dataset, field, fieldPath, context);
    problems.push(...columnProblems);
    const column = dataset.declaration.columns[field];
    if (columnProblems.length > 0 || !column) continue;
    const values = Array.isArray(wanted) ? wanted : [wanted];
    values.forEach((value, i) => {
      const at = Array.isArray(wanted) ? [...fieldPath, i] : fieldPath;
      const problem = valueProblem(dataset, field, column, value, context);
      if (problem) problems.push({ ...context.at(at), ...problem });
    });
  }
  if (problems.length === 0 && where && !dataset.rows.some((r) => matchesWhere(r.data, where)))
    problems.push({
      ...context.at(path),
      expected: `filters that some row of ${dataset.name} matches together`,
      found: 'no row that matches all of them',
    });
  return problems;
}

/** What is wrong with one filter value for its column, if anything. */
function valueProblem(
  dataset: LoadedDataset,
  field: string,
  column: Column,
  value: unknown,
  context: CheckContext,
): Omit<ContentProblem, 'file'> | undefined {
  const text = String(value);
  if (column.type === 'place') return placeProblem(text, context);
  if (column.type === 'enum') {
    const keys = Object.keys(column.values ?? {});
    if (keys.includes(text)) return undefined;
    const byLabel = keys.find((k) => column.values?.[k] === text);
    const guess = byLabel ?? didYouMean(text, keys);
    return {
      expected: `one of the values of ${field} (${keys.join(', ')})`,
      found: `"${text}"`,
      ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
    };
  }
  if (isNumeric(column) && !/^-?\d+(\.\d+)?$/.test(text))
    return { expected: `a number, as ${field} holds numbers`, found: `"${text}"` };
  if (column.type === 'boolean' && text !== 'true' && text !== 'false')
    return { expected: 'true or false', found: `"${text}"` };
  const present = [
    ...new Set(
      dataset.rows
        .map((r) => r.data[field])
        .filter((v) => v != null)
        .map(String),
    ),
  ];
  if (present.some((p) => sameValue(p, value))) return undefined;
  const guess = didYouMean(text, present);
  return {
    expected: `a value that some row of ${dataset.name} has in ${field} (${present.slice(0, 8).join(', ')}${present.length > 8 ? '…' : ''})`,
    found: `"${text}"`,
    ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
  };
}

/** A place filter must be a listed code; a name gets its code as the fix. */
export function placeProblem(
  text: string,
  context: CheckContext,
): Omit<ContentProblem, 'file'> | undefined {
  const places = context.content.places.map((p) => p.data);
  if (places.some((p) => p.code === text)) return undefined;
  const named = places.find((p) => p.short_zh === text || p.name_zh === text || p.name_en === text);
  return {
    expected: 'a place code listed in content/data/places.yaml (a code, not a name)',
    found: `"${text}"`,
    ...(named ? { hint: `did you mean ${named.code} (${named.short_zh})?` } : {}),
  };
}
