/**
 * Tables, CSV rows and views shared by the kinds that show one value per place or group (map,
 * bar, scatter): every series becomes a column, every place a row, unknowns stay unknown.
 */
import { numberText, type TableCell } from '../../data/tableView.ts';
import { rankingSummary } from '../summary.ts';
import type { Measured, MetricMeta } from './metric.ts';
import type { BuildContext, ChartModel, ModelView } from './types.ts';

const codesOf = (series: readonly Measured[]) => series[0]?.values.map((v) => v.code) ?? [];

export function placeTable(
  series: readonly Measured[],
  context: BuildContext,
): ChartModel<unknown>['table'] {
  return {
    columns: ['地区', ...series.map((s) => `${s.meta.label}(${s.meta.unit})`)],
    rows: codesOf(series).map((code) => [
      { kind: 'text' as const, text: context.names.get(code) ?? code },
      ...series.map((s): TableCell => {
        const v = s.values.find((x) => x.code === code);
        return !v || v.value === null
          ? { kind: 'missing' }
          : {
              kind: 'text',
              // The unit is in the heading; a percentage keeps its decimal (7.0).
              text: numberText(v.value, s.meta.unit === '%' ? 'percent' : 'number', v.atLeast),
            };
      }),
    ]),
  };
}

export function placeCsv(
  series: readonly Measured[],
  context: BuildContext,
): ChartModel<unknown>['csv'] {
  return {
    columns: [
      'code',
      'name',
      ...series.flatMap((s) => [`${s.meta.id} (${s.meta.unit})`, `${s.meta.id} at_least`]),
      'sources',
    ],
    rows: codesOf(series).map((code) => {
      const values = series.map((s) => s.values.find((x) => x.code === code));
      const ids = [...new Set(values.flatMap((v) => v?.sources ?? []))];
      return [
        code,
        context.names.get(code) ?? code,
        ...values.flatMap((v) => [v?.value ?? null, v?.atLeast ? 'true' : 'false']),
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
  return series.map((s) => ({
    metric: s.meta.id,
    label: s.meta.label,
    summary: rankingSummary(s.meta, s.values, context.names),
    spec: spec(s),
    ...viewText(s.meta),
    sources: seriesSources([s]),
  }));
}

/** Annotation targets of place charts: each place or group shown, by its label. */
export function placeTargets(
  series: readonly Measured[],
  context: BuildContext,
): Map<string, string> {
  return new Map(codesOf(series).map((code) => [code, context.names.get(code) ?? code]));
}
