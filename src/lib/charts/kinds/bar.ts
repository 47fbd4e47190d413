/** Bar chart: one bar per place or group, largest first; a reader can switch metrics. */
import { z } from 'zod';
import { barSpec, type BarSpec } from '../bar.ts';
import { resolveAnnotations } from './annotations.ts';
import { checkMetric } from './metricChecks.ts';
import { measure, metricSchema } from './metric.ts';
import {
  namesOf,
  placeCsv,
  placeTable,
  placeTargets,
  rankedViews,
  seriesSources,
} from './placeSeries.ts';
import { defineKind } from './types.ts';

export const bar = defineKind({
  label: '条形图',
  fields: {
    metrics: z
      .array(metricSchema, { error: 'a list of metrics' })
      .min(1, { error: 'at least one metric' })
      .describe('Measures a reader can switch between; the first is shown first.'),
  },
  check: (chart, context) =>
    chart.metrics.flatMap((m, i) => checkMetric(m, ['metrics', i], context)),
  build: (chart, context) => {
    const series = chart.metrics.map((m) => measure(m, context.content, context.central));
    const names = namesOf(series, context);
    return {
      views: rankedViews(series, context, (s): BarSpec =>
        barSpec(s.meta, s.values, names, chart.highlight),
      ),
      switchMode: series.length > 1 ? 'swap' : 'none',
      table: placeTable(series, context),
      csv: placeCsv(series, context),
      sources: seriesSources(series),
      annotations: resolveAnnotations(chart.annotations, placeTargets(series, context)),
    };
  },
});
