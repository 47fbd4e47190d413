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
import { timelineSpec, type TimelineEvent, type TimelineSpec } from '../timeline.ts';
import { resolveAnnotations } from './annotations.ts';
import { checkColumn, checkDataset, checkWhere } from './checks.ts';
import { whereSchema } from './metric.ts';
import { defineKind, type BuildContext, type CheckContext } from './types.ts';

const layerFields = {
  /** The dataset: its file name in content/data/. */
  data: z.string({ error: 'the name of a dataset in content/data/' }),
  /** The date column (a date or year column). */
  date: text().default('date'),
  /** The column that says what happened, shown beside each mark. */
  label: text(),
  /** The column that picks each event's lane, e.g. province; one lane when left out. */
  lane: text().optional(),
  /** An enum column that colours the marks, e.g. level. */
  colour: text().optional(),
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

/** The lane of a row: a place rolls up to its province; no value is the empty lane. */
function laneOf(row: Row, layer: Layer, dataset: LoadedDataset, context: BuildContext): string {
  const value = layer.lane === undefined ? undefined : row[layer.lane];
  if (value === undefined || value === null) return '';
  return dataset.declaration.columns[layer.lane ?? '']?.type === 'place'
    ? provinceOf(String(value), context.content)
    : String(value);
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
      row: laneOf(row, layer, dataset, context),
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
    /** Rows of other datasets on the same axis, each with its own fields. */
    also: z
      .array(layerSchema, { error: 'a list of { data, date, label, lane, colour, where }' })
      .optional(),
    /** The lane of events whose lane field is empty, e.g. 全国. */
    lane_empty: text().default('未注明地区'),
    /** The first and last year of the axis; the events' own years by default. */
    from: year().optional(),
    to: year().optional(),
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

type TimelineDefinition = Layer & {
  also?: Layer[] | undefined;
  lane_empty: string;
  from?: number | undefined;
  to?: number | undefined;
  annotations?: { text: string; at: string | number }[] | undefined;
};

/** Lanes in reading order: the empty lane (national, say), the central provinces, the rest. */
function lanesOf(
  events: readonly TimelineEvent[],
  chart: TimelineDefinition,
  context: BuildContext,
) {
  const keys = [...new Set(events.map((e) => e.row))];
  const rank = (k: string) =>
    k === '' ? -1 : context.central.includes(k) ? context.central.indexOf(k) : 99;
  keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return keys.map((key) => ({
    key,
    label: key === '' ? chart.lane_empty : (context.names.get(key) ?? key),
  }));
}

/** Categories in the order the declaration lists them, so colours are stable across charts. */
function categoriesOf(events: readonly TimelineEvent[], column: Column | undefined) {
  const declared = Object.keys(column?.values ?? {});
  const order = (key: string) => (declared.includes(key) ? declared.indexOf(key) : declared.length);
  return [...new Set(events.map((e) => e.category))]
    .sort((a, b) => order(a) - order(b))
    .map((key) => ({
      key,
      // Without a colour column every event shares one nameless category.
      label: column === undefined ? '' : key === '' ? '未注明' : (column.values?.[key] ?? key),
    }));
}

function buildTimeline(chart: TimelineDefinition, context: BuildContext) {
  const events = [chart, ...(chart.also ?? [])].flatMap((layer) => eventsOf(layer, context));
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
    width: 720,
  });
  const view: TimelineView = {
    timeline: spec,
    lanes,
    categories,
    categoryTitle: colourColumn?.label ?? '',
  };
  const summary = `从${spec.events[0]?.dateText ?? ''}到${spec.events.at(-1)?.dateText ?? ''}共 ${spec.events.length} 件事。`;
  const sources = [...new Set(spec.events.flatMap((e) => e.sources))];
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

/** The events as table rows for readers and as raw CSV rows. */
function timelineRows(view: TimelineView, rawOf: ReadonlyMap<string, string>) {
  const lane = new Map(view.lanes.map((l) => [l.key, l.label]));
  const category = new Map(view.categories.map((c) => [c.key, c.label]));
  const events = view.timeline.events;
  return {
    table: {
      columns: ['日期', '地区', view.categoryTitle || '类别', '事件', '来源'],
      rows: events.map((e) => [
        { kind: 'text' as const, text: e.dateText },
        { kind: 'text' as const, text: lane.get(e.row) ?? e.row },
        { kind: 'text' as const, text: category.get(e.category) ?? e.category },
        { kind: 'text' as const, text: e.text },
        { kind: 'sources' as const, ids: e.sources },
      ]),
    },
    csv: {
      columns: ['id', 'date', 'lane', 'category', 'event', 'sources'],
      rows: events.map((e) => [
        e.id,
        e.date,
        lane.get(e.row) ?? e.row,
        e.category,
        rawOf.get(`${e.id}|${e.date}`) ?? e.text,
        e.sources.join(';'),
      ]),
    },
  };
}
