/**
 * Which rows, and which of their fields, a chart shows: read from its definition, whatever its
 * kind. Every object in a chart file that names a dataset after `data:` reads that dataset's rows
 * matching its `where` (and `period`); a metric or a line shows its `value`, `x` and `by` columns,
 * a table its `columns`, and a timeline's events every column readers see. A data correction
 * reaches the charts that read its row and field.
 */
import { metricRows, periodColumn, rowsWhere } from '../charts/measure.ts';
import type { Metric } from '../charts/kinds/metric.ts';
import type { ContentSet } from '../data/contentSet.ts';
import { rowKey } from '../data/datasets.ts';
import { publicColumns } from '../data/declaration.ts';
import type { DataCorrection } from './dataCorrections.ts';

export interface ChartRead {
  dataset: string;
  /** Keys of the rows shown (as rowKey() writes them). */
  rows: ReadonlySet<string>;
  /** The columns shown of those rows. */
  fields: ReadonlySet<string>;
}

type Part = Record<string, unknown>;

/** Every object of a definition that names a dataset: the chart itself, its metrics, layers. */
function dataParts(value: unknown, content: ContentSet): Part[] {
  if (Array.isArray(value)) return value.flatMap((v) => dataParts(v, content));
  if (value === null || typeof value !== 'object') return [];
  const part = value as Part;
  const own = typeof part['data'] === 'string' && content.datasets.has(part['data']) ? [part] : [];
  return [
    ...own,
    ...Object.entries(part)
      .filter(([key]) => key !== 'where')
      .flatMap(([, v]) => dataParts(v, content)),
  ];
}

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.map(String) : [];

function readOf(part: Part, content: ContentSet): ChartRead {
  const name = String(part['data']);
  const dataset = content.datasets.get(name);
  if (!dataset) return { dataset: name, rows: new Set(), fields: new Set() };
  const where = part['where'] as Metric['where'];
  const metric = { ...part, data: name, where } as Metric;
  const counted =
    typeof part['value'] === 'string'
      ? metricRows(metric, content)
      : { rows: rowsWhere(content, name, where), uncertain: [] };
  const rows = [...counted.rows, ...counted.uncertain];
  const columns = new Set(Object.keys(dataset.declaration.columns));
  const named = ['value', 'x', 'by', 'columns']
    .flatMap((key) => strings(part[key]))
    .filter((field) => columns.has(field));
  // A count shows how many rows match: the fields that decide whether a row matches count too.
  const filters = [
    ...Object.keys(where ?? {}),
    ...(metric.period ? strings(periodColumn(metric, content)) : []),
  ];
  const specific = 'value' in part || 'columns' in part;
  return {
    dataset: name,
    rows: new Set(rows.map((row) => rowKey(dataset.declaration, row))),
    fields: new Set(specific ? [...named, ...filters] : publicColumns(dataset.declaration)),
  };
}

/** What a chart (its definition as loaded) reads: one entry per dataset reference. */
export function chartReads(definition: unknown, content: ContentSet): ChartRead[] {
  return dataParts(definition, content).map((part) => readOf(part, content));
}

/** Whether a correction's row and field are among what a chart reads. */
export function reaches(reads: readonly ChartRead[], correction: DataCorrection): boolean {
  return reads.some(
    (read) =>
      read.dataset === correction.dataset &&
      read.rows.has(correction.row) &&
      read.fields.has(correction.field),
  );
}
