/**
 * Corrections to data rows (content/data/corrections.yaml): each names a dataset, a row by its
 * key, a field, the day, the value it was and the value it is now. The row itself holds the
 * current value; the correction only records the change, so `now` must equal the row's value (or
 * the `was` of the same field's next correction), and the dataset, row and field must exist.
 */
import { describeFound, type ContentProblem } from '../data/contentError.ts';
import type { LoadedDataset, Row } from '../data/contentSet.ts';
import { rowKey } from '../data/datasets.ts';
import { keyColumns } from '../data/declaration.ts';
import { didYouMean } from '../data/didYouMean.ts';
import type { LocatedRow } from '../data/validateRows.ts';

/** The dataset of data corrections: content/data/corrections.yaml. */
export const CORRECTIONS = 'corrections';

export interface DataCorrection {
  dataset: string;
  /** The row's key: its key columns' values joined by "-", as rowKey() writes it. */
  row: string;
  field: string;
  date: string;
  was: unknown;
  now: unknown;
  why: string;
  sources: string[];
}

type Datasets = ReadonlyMap<string, { rows: readonly { data: Row }[] }>;

/** The data corrections, oldest first ([] when the file is empty or absent). */
export function dataCorrections(datasets: Datasets): DataCorrection[] {
  const rows = datasets.get(CORRECTIONS)?.rows ?? [];
  // Shape guaranteed by content/data/corrections.schema.yaml.
  return rows
    .map((r) => r.data as unknown as DataCorrection)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Values compared as readers read them: YAML reads `7.60` as 7.6 and a CSV cell `7.6` as a
 * number too, but a code or a date may arrive as a number or a text.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === null || b === null || a === undefined || b === undefined) return a === b;
  const numeric = (v: unknown) =>
    typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()));
  if (numeric(a) && numeric(b)) return Number(a) === Number(b);
  return String(a).trim() === String(b).trim();
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Every problem of the data corrections, checked against the datasets they name. */
export function checkDataCorrections(
  datasets: ReadonlyMap<string, LoadedDataset>,
): ContentProblem[] {
  const log = datasets.get(CORRECTIONS);
  if (!log) return [];
  const rows = log.rows as unknown as LocatedRow<DataCorrection>[];
  const problems = rows.flatMap((row) => correctionProblems(row, datasets));
  // The chain is only checked when every correction points at a real value.
  return problems.length > 0 ? problems : chainProblems(rows, datasets);
}

const at = (row: LocatedRow<DataCorrection>, field: keyof DataCorrection) => ({
  file: row.file,
  line: row.item.lineOf([field]),
  item: { kind: 'entry' as const, index: row.item.index },
  field,
});

function correctionProblems(
  row: LocatedRow<DataCorrection>,
  datasets: ReadonlyMap<string, LoadedDataset>,
): ContentProblem[] {
  const c = row.data;
  const problems: ContentProblem[] = [];
  if (!FULL_DAY.test(c.date))
    problems.push({
      ...at(row, 'date'),
      expected: 'the full day of the correction, e.g. 2026-12-01',
      found: `"${c.date}"`,
    });
  if (sameValue(c.was, c.now))
    problems.push({
      ...at(row, 'was'),
      expected: 'the value as it was before the correction, different from now',
      found: `the same value as now (${describeFound(c.now)})`,
    });
  const names = [...datasets.keys()].filter((n) => n !== CORRECTIONS);
  const dataset = c.dataset === CORRECTIONS ? undefined : datasets.get(c.dataset);
  if (!dataset) {
    const guess = didYouMean(c.dataset, names);
    return [
      ...problems,
      {
        ...at(row, 'dataset'),
        expected: 'the name of a data file in content/data/, without .csv or .yaml',
        found: `"${c.dataset}"`,
        hint: guess ? `did you mean "${guess}"?` : `one of: ${names.join(', ')}`,
      },
    ];
  }
  const target = dataset.rows.find((r) => rowKey(dataset.declaration, r.data) === c.row);
  if (!target) problems.push(unknownRow(row, dataset));
  const column = dataset.declaration.columns[c.field];
  if (!column || column.internal) problems.push(unknownField(row, dataset));
  else if (target && Array.isArray(target.data[c.field]))
    problems.push({
      ...at(row, 'field'),
      expected: 'a column that holds one value (a list, such as sources, cannot be corrected here)',
      found: `"${c.field}", a list`,
    });
  return problems;
}

function unknownRow(row: LocatedRow<DataCorrection>, dataset: LoadedDataset): ContentProblem {
  const keys = dataset.rows.map((r) => rowKey(dataset.declaration, r.data));
  const columns = keyColumns(dataset.declaration);
  const guess = didYouMean(row.data.row, keys);
  return {
    ...at(row, 'row'),
    expected: `the key of a row in ${dataset.file}: ${columns.length > 1 ? `its ${columns.join(', ')} joined by "-"` : `its ${columns[0] ?? 'key'}`}, e.g. "${keys[0] ?? ''}"`,
    found: `no row "${row.data.row}"`,
    ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
  };
}

function unknownField(row: LocatedRow<DataCorrection>, dataset: LoadedDataset): ContentProblem {
  const { columns } = dataset.declaration;
  const visible = Object.keys(columns).filter((name) => !columns[name]?.internal);
  const internal = columns[row.data.field]?.internal === true;
  const guess = internal ? undefined : didYouMean(row.data.field, visible);
  return {
    ...at(row, 'field'),
    expected: `a column of ${dataset.file} that readers see: ${visible.join(', ')}`,
    found: internal
      ? `"${row.data.field}", a column for the newsroom only (internal: true)`
      : `"${row.data.field}"`,
    ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
    ...(internal
      ? { hint: 'readers see every correction: a change to a newsroom-only column needs none' }
      : {}),
  };
}

/**
 * The last correction of a field must leave the row's current value; an earlier one, the value
 * the next correction starts from.
 */
function chainProblems(
  rows: readonly LocatedRow<DataCorrection>[],
  datasets: ReadonlyMap<string, LoadedDataset>,
): ContentProblem[] {
  const sorted = [...rows].sort((a, b) => a.data.date.localeCompare(b.data.date));
  return sorted.flatMap((row, i) => {
    const c = row.data;
    const next = sorted
      .slice(i + 1)
      .find((r) => ['dataset', 'row', 'field'].every((k) => r.data[k as 'row'] === c[k as 'row']));
    if (next)
      return sameValue(c.now, next.data.was)
        ? []
        : [
            {
              ...at(row, 'now'),
              expected: `the value the next correction of ${c.field} (${next.data.date}, line ${next.item.line}) starts from: ${describeFound(next.data.was)}`,
              found: describeFound(c.now),
            },
          ];
    const dataset = datasets.get(c.dataset);
    const target = dataset?.rows.find((r) => rowKey(dataset.declaration, r.data) === c.row);
    const current = target?.data[c.field] ?? null;
    if (!dataset || sameValue(c.now, current)) return [];
    return [
      {
        ...at(row, 'now'),
        expected: `the current value of ${c.field} in row "${c.row}" of ${dataset.file} (line ${target?.item.line ?? '?'}): ${describeFound(current)}`,
        found: describeFound(c.now),
        hint: 'change the value in the data file first, then record the correction here with now: the new value',
      },
    ];
  });
}
