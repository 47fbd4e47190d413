/**
 * Timeline: dated rows of one or more datasets on a time axis, in lanes (a province, say),
 * coloured by a category (a level, a kind). Every field comes from the chart file; the axis fits
 * the events, or, when `from`/`to` are given, an event outside them is an error.
 */
import { z } from 'zod';
import type { ContentProblem } from '../../data/contentError.ts';
import type { LoadedDataset, Row } from '../../data/contentSet.ts';
import type { Column } from '../../data/declaration.ts';
import { formatCell } from '../../data/tableView.ts';
import { text, year } from '../../schema/common.ts';
import { provinceOf, rowsWhere } from '../measure.ts';
import {
  timelineSpec,
  timelineSummary,
  type TimelineEvent,
  type TimelineSpec,
} from '../timeline.ts';
import { resolveAnnotations } from './annotations.ts';
import { checkColumn, checkDataset, checkWhere } from './checks.ts';
import { whereSchema } from './metric.ts';
import { categoriesOf, grouped, lanesOf, type LaneFields } from './timelineLanes.ts';
import { timelineRows } from './timelineRows.ts';
import { datasetField, defineKind, type BuildContext, type CheckContext } from './types.ts';

const layerFields = {
  data: datasetField(),
  date: text().default('date').describe('The date column (a date or year column).'),
  label: text().describe('The column that says what happened, shown beside each mark.'),
  lane: text()
    .optional()
    .describe("The column that picks each event's lane, e.g. province; one lane when left out."),
  colour: text().optional().describe('An enum column that colours the marks, e.g. level.'),
  where: whereSchema,
};
const layerSchema = z.strictObject(layerFields);
type Layer = z.infer<typeof layerSchema>;

export interface TimelineView {
  timeline: TimelineSpec;
  /** Lane key → label, in order. */
  lanes: { key: string; label: string }[];
  /** Category key → label and colour index, in order. */
  categories: { key: string; label: string }[];
  /** What the colours mean, e.g. 级别. */
  categoryTitle: string;
  /** Source id → its publisher, as the event list names it. */
  sourceNames: Record<string, string>;
}

function checkLayer(
  layer: Layer,
  path: (string | number)[],
  context: CheckContext,
): ContentProblem[] {
  const { dataset, problems } = checkDataset(layer.data, [...path, 'data'], context);
  if (!dataset) return problems;
  const column = (
    field: string | undefined,
    key: string,
    wanted?: Parameters<typeof checkColumn>[4],
  ) => (field === undefined ? [] : checkColumn(dataset, field, [...path, key], context, wanted));
  return [
    ...column(layer.date, 'date', { types: ['date', 'year'], what: 'a date or year column' }),
    ...column(layer.label, 'label'),
    ...column(layer.lane, 'lane'),
    ...column(layer.colour, 'colour', { types: ['enum'], what: 'an enum column' }),
    ...checkWhere(dataset, layer.where, [...path, 'where'], context),
  ];
}

/** The lane of a row and the name readers see: a place rolls up to its province. */
function laneOf(row: Row, layer: Layer, dataset: LoadedDataset, context: BuildContext) {
  const value = layer.lane === undefined ? undefined : row[layer.lane];
  if (value === undefined || value === null) return { row: '' };
  const column = dataset.declaration.columns[layer.lane ?? ''];
  if (column?.type !== 'place')
    return { row: String(value), place: labelText(column, value, context) };
  const province = provinceOf(String(value), context.content);
  return { row: province, place: context.names.get(province) ?? '' };
}

/** A timeline event with the label's raw value, for the CSV download. */
type SourcedEvent = TimelineEvent & { raw: string };

function eventsOf(layer: Layer, context: BuildContext): SourcedEvent[] {
  const dataset = context.content.datasets.get(layer.data);
  if (!dataset) return [];
  const { columns, key } = dataset.declaration;
  const keyColumn = typeof key === 'string' ? key : key[0];
  return rowsWhere(context.content, layer.data, layer.where)
    .filter((row) => row[layer.date] !== null && row[layer.date] !== undefined)
    .map((row, i) => ({
      id: String(row[keyColumn ?? ''] ?? `${layer.data}-${i + 1}`),
      date: String(row[layer.date]),
      ...laneOf(row, layer, dataset, context),
      category: layer.colour === undefined ? '' : String(row[layer.colour] ?? ''),
      text: labelText(columns[layer.label], row[layer.label], context),
      sources: Array.isArray(row['sources']) ? (row['sources'] as string[]) : [],
      raw: String(row[layer.label] ?? ''),
    }));
}

const yearOf = (date: string) => Number(date.slice(0, 4));

function labelText(column: Column | undefined, value: unknown, context: BuildContext): string {
  return column ? formatCell(column, value, (code) => context.names.get(code)) : '';
}

export const timeline = defineKind({
  label: '时间线',
  fields: {
    ...layerFields,
    also: z
      .array(layerSchema, { error: 'a list of { data, date, label, lane, colour, where }' })
      .optional()
      .describe('Rows of other datasets on the same axis, each with its own fields.'),
    lane_empty: text()
      .default('未注明地区')
      .describe('The lane of events whose lane field is empty, e.g. 全国.'),
    lane_other: text()
      .optional()
      .describe(
        'One lane for the places outside the six central provinces, e.g. 其他省份; each its own lane by default.',
      ),
    from: year()
      .optional()
      .describe("The first year of the axis; the events' first year by default."),
    to: year().optional().describe("The last year of the axis; the events' last year by default."),
  },
  check: (chart, context) => {
    const layers: [Layer, (string | number)[]][] = [
      [chart, []],
      ...(chart.also ?? []).map((l, i) => [l, ['also', i]] as [Layer, (string | number)[]]),
    ];
    const problems = layers.flatMap(([layer, path]) => checkLayer(layer, path, context));
    if (problems.length > 0) return problems;
    const dates = layers.flatMap(([layer]) =>
      rowsWhere(context.content, layer.data, layer.where).map((r) => r[layer.date]),
    );
    for (const [bound, outside] of [
      ['from', (y: number) => chart.from !== undefined && y < chart.from],
      ['to', (y: number) => chart.to !== undefined && y > chart.to],
    ] as const) {
      const out = dates.filter((d) => d !== null && d !== undefined && outside(yearOf(String(d))));
      if (out.length > 0)
        problems.push({
          ...context.at([bound]),
          expected: `an axis from ${chart.from ?? 'the first'} to ${chart.to ?? 'the last'} year that holds every event`,
          found: `${out.length} event(s) outside it (${out.slice(0, 3).map(String).join(', ')})`,
          hint: `widen ${bound}, or leave it out to fit the axis to the events`,
        });
    }
    return problems;
  },
  build: (chart, context) => buildTimeline(chart, context),
});

type TimelineDefinition = Layer &
  LaneFields & {
    also?: Layer[] | undefined;
    from?: number | undefined;
    to?: number | undefined;
    annotations?: { text: string; at: string | number }[] | undefined;
  };

function buildTimeline(chart: TimelineDefinition, context: BuildContext) {
  const events = grouped(
    [chart, ...(chart.also ?? [])].flatMap((layer) => eventsOf(layer, context)),
    chart,
    context,
  );
  const years = events.map((e) => yearOf(e.date));
  const lanes = lanesOf(events, chart, context);
  const colourColumn =
    chart.colour === undefined
      ? undefined
      : context.content.datasets.get(chart.data)?.declaration.columns[chart.colour];
  const categories = categoriesOf(events, colourColumn);
  const spec = timelineSpec({
    events,
    rowLabels: new Map(lanes.map((l) => [l.key, l.label])),
    rowOrder: lanes.map((l) => l.key),
    from: chart.from ?? Math.min(...years),
    to: chart.to ?? Math.max(...years),
    width: 704,
  });
  const view: TimelineView = {
    timeline: spec,
    lanes,
    categories,
    categoryTitle: colourColumn?.label ?? '',
    sourceNames: {},
  };
  const summary = timelineSummary(spec.events);
  const sources = [...new Set(spec.events.flatMap((e) => e.sources))];
  const publishers = new Map(context.content.sources.map((r) => [r.data.id, r.data.publisher]));
  view.sourceNames = Object.fromEntries(sources.map((id) => [id, publishers.get(id) ?? '']));
  return {
    views: [{ summary, spec: view, sources }],
    switchMode: 'none' as const,
    ...timelineRows(view, new Map(events.map((e) => [`${e.id}|${e.date}`, e.raw]))),
    sources,
    annotations: resolveAnnotations(
      chart.annotations,
      new Map(spec.events.map((e) => [e.date, e.dateText] as [string, string])),
    ),
  };
}
