/**
 * Computes a metric per place from the content: a sum of a field or a count of rows, with
 * unknowns kept unknown. A place without rows is zero only where the data is complete; elsewhere
 * it has no data, and a count is marked as a lower bound.
 */
import type { ContentSet, Row } from '../data/contentSet.ts';
import { provinceOfCode } from '../data/crossCheck.ts';
import { keyColumns, type Declaration } from '../data/declaration.ts';
import type { Metric } from './kinds/metric.ts';
import { placeInPeriod } from './period.ts';

export interface PlaceValue {
  code: string;
  /** null when unknown: no data, or a row that says the value is unknown. */
  value: number | null;
  /** true when the rows are known to be incomplete, so the true value may be higher. */
  atLeast: boolean;
  /** Source ids of the rows behind the value. */
  sources: string[];
  /** Keys of the rows counted or added up (what the chart's CSV lists). */
  rows?: string[];
  /** Why the value is unknown or partial, from the rows' notes or the metric. */
  note?: string;
}

type Where = Metric['where'];

/** Compared as text: YAML reads an unquoted code or year as a number, a CSV cell as text. */
export const sameValue = (value: unknown, wanted: unknown) => String(value) === String(wanted);

/** True when a row matches every `where` condition (a list means any of its values). */
export function matchesWhere(row: Row, where: Where): boolean {
  return Object.entries(where ?? {}).every(([field, wanted]) =>
    Array.isArray(wanted)
      ? wanted.some((w) => sameValue(row[field], w))
      : sameValue(row[field], wanted),
  );
}

/** The rows of a dataset that match a filter. */
export function rowsWhere(content: ContentSet, data: string, where: Where): Row[] {
  return (content.datasets.get(data)?.rows ?? [])
    .map((r) => r.data)
    .filter((row) => matchesWhere(row, where));
}

/** A row's key as text: its id, or its key columns joined by "/". */
export function keyOf(row: Row, declaration: Declaration): string {
  return keyColumns(declaration)
    .map((c) => String(row[c]))
    .join('/');
}

/** The date column a period is matched against: `on`, else the dataset's one date or year column. */
export function periodColumn(metric: Metric, content: ContentSet): string | undefined {
  if (metric.period?.on) return metric.period.on;
  const columns = Object.entries(content.datasets.get(metric.data)?.declaration.columns ?? {});
  for (const type of ['date', 'year']) {
    const found = columns.filter(([, c]) => c.type === type);
    if (found.length === 1) return found[0]?.[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/**
 * The rows a metric counts (matching `where` and dated inside `period`), and the rows that match
 * `where` but whose date cannot be placed inside or outside the period.
 */
export function metricRows(metric: Metric, content: ContentSet): { rows: Row[]; uncertain: Row[] } {
  const matching = rowsWhere(content, metric.data, metric.where);
  const { period } = metric;
  if (!period) return { rows: matching, uncertain: [] };
  const column = periodColumn(metric, content) ?? 'date';
  const place = (row: Row) => placeInPeriod(row[column], period);
  return {
    rows: matching.filter((row) => place(row) === 'inside'),
    uncertain: matching.filter((row) => place(row) === 'unknown'),
  };
}

const sourcesOf = (rows: readonly Row[]) => [
  ...new Set(
    rows.flatMap((row) => (Array.isArray(row['sources']) ? (row['sources'] as string[]) : [])),
  ),
];

/** The metric's value for each of the given places (or groups), in their order. */
export function computeMetric(
  metric: Metric,
  content: ContentSet,
  places: readonly string[],
): PlaceValue[] {
  const { rows, uncertain } = metricRows(metric, content);
  const declaration = content.datasets.get(metric.data)?.declaration;
  const completeFor = (code: string) =>
    metric.complete_for === 'all' || metric.complete_for.includes(provinceOf(code, content));
  return places.map((code) => {
    const mine = rows.filter((row) => sameValue(row[metric.by], code));
    const sources = sourcesOf(mine);
    const ids = declaration ? mine.map((row) => keyOf(row, declaration)) : [];
    // A row that may fall inside the period makes the value a lower bound.
    const complete = completeFor(code) && !uncertain.some((row) => sameValue(row[metric.by], code));
    if (mine.length === 0) {
      if (metric.value === 'count' && complete)
        return { code, value: 0, atLeast: false, sources, rows: ids };
      return {
        code,
        value: null,
        atLeast: false,
        sources,
        rows: ids,
        note: '无数据：来源未提供该地的数值',
      };
    }
    if (metric.value === 'count')
      return { code, value: mine.length, atLeast: !complete, sources, rows: ids };
    const unknown = mine.find(
      (row) => row[metric.value] === null || row[metric.value] === undefined,
    );
    if (unknown)
      return {
        code,
        value: null,
        atLeast: false,
        sources,
        rows: ids,
        note: typeof unknown['note'] === 'string' ? unknown['note'] : '数值未知',
      };
    const value = mine.reduce((sum, row) => sum + Number(row[metric.value]), 0);
    return { code, value, atLeast: !complete, sources, rows: ids };
  });
}

/** The province a place code belongs to, following parents in places. */
export function provinceOf(code: string, content: ContentSet): string {
  return provinceOfCode(code, new Map(content.places.map((p) => [p.data.code, p.data.parent])));
}
