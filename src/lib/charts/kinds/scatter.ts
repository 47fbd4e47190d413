/** Scatter: one point per province, x an economic measure, y an activity a reader can switch. */
import { z } from 'zod';
import { scatterSpec, type ScatterSpec } from '../scatter.ts';
import { scatterSummary } from '../summary.ts';
import { resolveAnnotations } from './annotations.ts';
import { checkMetric } from './metricChecks.ts';
import { measure, metricSchema, type Measured } from './metric.ts';
import {
  namesOf,
  placeCsv,
  placeTable,
  placeTargets,
  seriesSources,
  viewList,
  viewText,
} from './placeSeries.ts';
import { defineKind } from './types.ts';

export interface ScatterView {
  scatter: ScatterSpec;
  /** Source ids behind each point (x and y), by place code. */
  sources: Record<string, string[]>;
}

export const scatter = defineKind({
  label: '散点图',
  fields: {
    x: metricSchema.describe('The x measure, e.g. GDP in 2019.'),
    metrics: z
      .array(metricSchema, { error: 'a list of metrics' })
      .min(1, { error: 'at least one metric' })
      .describe('The y measures a reader can switch between.'),
    log: z.boolean({ error: 'true or false' }).optional().describe('Log scales on both axes.'),
  },
  check: (chart, context) => [
    ...checkMetric(chart.x, ['x'], context),
    ...chart.metrics.flatMap((m, i) => checkMetric(m, ['metrics', i], context)),
  ],
  build: (chart, context) => {
    const x = measure(chart.x, context.content, context.central);
    const ys = chart.metrics.map((m) => measure(m, context.content, context.central));
    const view = (y: Measured) => {
      const spec = scatterSpec({
        x,
        y,
        names: context.names,
        ...(chart.highlight ? { highlight: chart.highlight } : {}),
        log: chart.log ?? false,
        notes: new Map((chart.annotations ?? []).map((a) => [String(a.at), a.text])),
      });
      const sources = Object.fromEntries(
        spec.points.map((p) => [
          p.code,
          [x, y].flatMap((s) => s.values.find((v) => v.code === p.code)?.sources ?? []),
        ]),
      );
      // Fewer than three points, or all at one height, compare nothing: list the values.
      const plotted = y.values.map((v) =>
        spec.points.some((p) => p.code === v.code) ? v : { ...v, value: null },
      );
      const list = viewList(y.meta, plotted, namesOf([x, y], context));
      return {
        metric: y.meta.id,
        label: y.meta.label,
        summary: scatterSummary(spec),
        spec: { scatter: spec, sources },
        ...viewText(y.meta),
        sources: seriesSources([x, y]),
        ...(list ? { list } : {}),
      };
    };
    return {
      views: ys.map(view),
      switchMode: ys.length > 1 ? 'swap' : 'none',
      table: placeTable([x, ...ys], context),
      csv: placeCsv([x, ...ys], context),
      sources: seriesSources([x, ...ys]),
      annotations: resolveAnnotations(chart.annotations, placeTargets([x], context)),
    };
  },
});
