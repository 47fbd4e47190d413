/**
 * Tables, CSV rows and views shared by the kinds that show one value per place or group (map,
 * bar, scatter): every series becomes a column, every place a row, unknowns stay unknown.
 */
import { numberText, type TableCell } from '../../data/tableView.ts';
import type { PlaceValue } from '../measure.ts';
import { comparable, rankingSummary, stated } from '../summary.ts';
import type { Measured, MetricMeta } from './metric.ts';
import type { BuildContext, ChartModel, ModelView, ViewListItem } from './types.ts';

/** Every place or group any series shows, in the order they first appear. */
const codesOf = (series: readonly Measured[]) => [
  ...new Set(series.flatMap((s) => s.values.map((v) => v.code))),
];

/** Place names, with the series' own group names (a list named by its place) added. */
export const namesOf = (series: readonly Measured[], context: BuildContext) =>
  new Map([...context.names, ...series.flatMap((s) => [...s.labels])]);

/**
 * The lines a view shows instead of a chart when it cannot show a comparison (fewer than three
 * known values, or all equal); undefined when it can. Known values first (largest first where
 * they may be compared), then the places without data.
 */
export function viewList(
  meta: MetricMeta,
  values: readonly PlaceValue[],
  names: ReadonlyMap<string, string>,
): ViewListItem[] | undefined {
  if (comparable(values)) return undefined;
  const have = values.filter((v) => v.value !== null);
  const order = meta.comparable
    ? [...have].sort((a, b) => (b.value as number) - (a.value as number))
    : have;
  const missing = values.filter((v) => v.value === null).map((v) => names.get(v.code) ?? v.code);
  return [
    ...order.map((v) => ({
      name: names.get(v.code) ?? v.code,
      text: stated(v, meta.unit, meta.decimals),
    })),
    // The places without data share one line: the list stays short.
    ...(missing.length > 0 ? [{ name: missing.join('、'), text: '无数据' }] : []),
  ];
}

export function placeTable(
  series: readonly Measured[],
  context: BuildContext,
): ChartModel<unknown>['table'] {
  const names = namesOf(series, context);
  return {
    columns: ['地区', ...series.map((s) => `${s.meta.label}（${s.meta.unit}）`)],
    rows: codesOf(series).map((code) => [
      { kind: 'text' as const, text: names.get(code) ?? code },
      ...series.map((s): TableCell => {
        const v = s.values.find((x) => x.code === code);
        return !v || v.value === null
          ? { kind: 'missing' }
          : {
              kind: 'text',
              // The unit is in the heading; a percentage keeps its decimal (7.0).
              text: numberText(
                v.value,
                s.meta.unit === '%' ? 'percent' : 'number',
                v.atLeast,
                s.meta.decimals,
              ),
            };
      }),
    ]),
  };
}

export function placeCsv(
  series: readonly Measured[],
  context: BuildContext,
): ChartModel<unknown>['csv'] {
  const names = namesOf(series, context);
  return {
    columns: [
      'code',
      'name',
      ...series.flatMap((s) => [
        `${s.meta.id} (${s.meta.unit})`,
        `${s.meta.id} at_least`,
        `${s.meta.id} rows`,
      ]),
      'sources',
    ],
    rows: codesOf(series).map((code) => {
      const values = series.map((s) => s.values.find((x) => x.code === code));
      const ids = [...new Set(values.flatMap((v) => v?.sources ?? []))];
      return [
        code,
        names.get(code) ?? code,
        ...values.flatMap((v) => [
          v?.value ?? null,
          v?.atLeast ? 'true' : 'false',
          (v?.rows ?? []).join(';'),
        ]),
        ids.join(';'),
      ];
    }),
  };
}

/** The source ids behind every value of the series. */
export function seriesSources(series: readonly Measured[]): string[] {
  return [...new Set(series.flatMap((s) => s.values.flatMap((v) => v.sources)))];
}

/** The title, subtitle and notes a metric sets for its view. */
export function viewText(
  meta: MetricMeta,
): Pick<ModelView<unknown>, 'title' | 'subtitle' | 'notes'> {
  return {
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
    ...(meta.notes ? { notes: meta.notes } : {}),
  };
}

/** One view per series, each with its generated ranking summary. */
export function rankedViews<Spec>(
  series: readonly Measured[],
  context: BuildContext,
  spec: (s: Measured) => Spec,
): ChartModel<Spec>['views'] {
  const names = namesOf(series, context);
  return series.map((s) => {
    const list = viewList(s.meta, s.values, names);
    return {
      metric: s.meta.id,
      label: s.meta.label,
      summary: rankingSummary(s.meta, s.values, names),
      spec: spec(s),
      ...viewText(s.meta),
      sources: seriesSources([s]),
      ...(list ? { list } : {}),
    };
  });
}

/** Annotation targets of place charts: each place or group shown, by its label. */
export function placeTargets(
  series: readonly Measured[],
  context: BuildContext,
): Map<string, string> {
  const names = namesOf(series, context);
  return new Map(codesOf(series).map((code) => [code, names.get(code) ?? code]));
}
