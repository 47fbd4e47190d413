/**
 * Checks of a metric (maps, bars, scatter plots): its dataset, value column, grouping and
 * filters, and two ways a chart could publish a wrong picture without them: rows of different
 * years or vintages added up, and a view in which every place is unknown.
 */
import type { ContentProblem } from '../../data/contentError.ts';
import type { LoadedDataset, Row } from '../../data/contentSet.ts';
import { keyColumns } from '../../data/declaration.ts';
import type { FieldPath } from '../../data/rawItems.ts';
import { computeMetric, metricRows, periodColumn } from '../measure.ts';
import { span } from '../period.ts';
import { checkColumn, checkDataset, checkWhere } from './checks.ts';
import { placesFor, type Metric } from './metric.ts';
import type { CheckContext } from './types.ts';

/** Checks one metric: dataset, value column, grouping, filters, and that its view is not empty. */
export function checkMetric(
  metric: Metric,
  path: FieldPath,
  context: CheckContext,
): ContentProblem[] {
  const { dataset, problems } = checkDataset(metric.data, [...path, 'data'], context);
  if (!dataset) return problems;
  if (metric.value !== 'count')
    problems.push(
      ...checkColumn(dataset, metric.value, [...path, 'value'], context, {
        types: ['count', 'amount', 'percent', 'number'],
        what: 'count, or a numeric column',
      }),
    );
  else if (metric.label === undefined || metric.unit === undefined)
    problems.push({
      ...context.at(path),
      field: [...path, metric.label === undefined ? 'label' : 'unit'].join('.'),
      expected: 'a label and a unit for a count (e.g. label: 产业园数, unit: 个)',
      found: 'nothing',
    });
  problems.push(...checkColumn(dataset, metric.by, [...path, 'by'], context));
  problems.push(...checkWhere(dataset, metric.where, [...path, 'where'], context));
  problems.push(...checkPeriod(metric, dataset, [...path, 'period'], context));
  if (problems.length > 0) return problems;
  return [
    ...addedObservations(metric, dataset, path, context),
    ...emptyView(metric, dataset, path, context),
  ];
}

/** A period names a date or year column (`on`, or the dataset's only one) and runs forwards. */
function checkPeriod(
  metric: Metric,
  dataset: LoadedDataset,
  path: FieldPath,
  context: CheckContext,
): ContentProblem[] {
  const { period } = metric;
  if (!period) return [];
  if (span(period.from)[0] > span(period.to)[1])
    return [
      {
        ...context.at([...path, 'to']),
        expected: `an end no earlier than from (${period.from})`,
        found: period.to,
      },
    ];
  const column = periodColumn(metric, context.content);
  if (column === undefined)
    return [
      {
        ...context.at(path),
        expected: `on: the date column to match (${dataset.name} has none, or more than one)`,
        found: 'nothing',
      },
    ];
  return checkColumn(dataset, column, [...path, 'on'], context, {
    types: ['date', 'year'],
    what: 'a date or year column',
  });
}

/**
 * Rows of one place that differ in another key column (GDP of 2018 and 2019, two vintages) are
 * different observations of the same thing: adding them up is never what the chart means.
 */
function addedObservations(
  metric: Metric,
  dataset: LoadedDataset,
  path: FieldPath,
  context: CheckContext,
): ContentProblem[] {
  const key = keyColumns(dataset.declaration);
  if (metric.value === 'count' || !key.includes(metric.by)) return [];
  const groups = new Map<string, Row[]>();
  for (const row of metricRows(metric, context.content).rows)
    groups.set(String(row[metric.by]), [...(groups.get(String(row[metric.by])) ?? []), row]);
  for (const [place, rows] of groups) {
    const column = key.find(
      (c) => c !== metric.by && new Set(rows.map((r) => String(r[c]))).size > 1,
    );
    if (!column) continue;
    const values = [...new Set(rows.map((r) => String(r[column])))];
    return [
      {
        ...context.at(metric.where ? [...path, 'where'] : path),
        expected: `one row per ${metric.by} (rows that differ in ${column} would be added up): filter with where, e.g. ${column}: ${values[0]}`,
        found: `${rows.length} rows for ${placeName(place, context)} (${column} ${values.join(', ')})`,
      },
    ];
  }
  return [];
}

/** Every place unknown in a view while the dataset has values for them: a filter is wrong. */
function emptyView(
  metric: Metric,
  dataset: LoadedDataset,
  path: FieldPath,
  context: CheckContext,
): ContentProblem[] {
  const central = context.content.places.filter((p) => p.data.central).map((p) => p.data.code);
  const places = placesFor(metric, context.content, central);
  const values = computeMetric(metric, context.content, places);
  if (values.length === 0 || values.some((v) => v.value !== null)) return [];
  const shown = new Set(places);
  const known = dataset.rows.some(
    ({ data }) =>
      shown.has(String(data[metric.by])) &&
      (metric.value === 'count' || typeof data[metric.value] === 'number'),
  );
  if (!known) return [];
  return [
    {
      ...context.at(metric.where ? [...path, 'where'] : path),
      expected: `a view in which some place has a value (${dataset.name} has values for them without this filter)`,
      found: 'every place unknown',
    },
  ];
}

const placeName = (code: string, context: CheckContext) => {
  const place = context.content.places.find((p) => p.data.code === code);
  return place ? `${code} (${place.data.short_zh})` : code;
};
