/** Choropleth: provinces coloured by a metric a reader can switch; cities optionally marked. */
import { z } from 'zod';
import { placeCode } from '../../schema/common.ts';
import { choroplethSpec, type ChoroplethSpec } from '../choropleth.ts';
import { placeProblem } from './checks.ts';
import { checkMetric } from './metricChecks.ts';
import { measure, metricSchema } from './metric.ts';
import { resolveAnnotations } from './annotations.ts';
import { placeCsv, placeTable, placeTargets, rankedViews, seriesSources } from './placeSeries.ts';
import { defineKind } from './types.ts';

const MAP = { width: 520, height: 500, minWidth: 300 };

export const choropleth = defineKind({
  label: '地图',
  fields: {
    metrics: z
      .array(metricSchema, { error: 'a list of metrics' })
      .min(1, { error: 'at least one metric' })
      .describe('Measures a reader can switch between; the first is shown first.'),
    cities: z
      .array(placeCode(), { error: 'a list of city codes' })
      .optional()
      .describe('Also draw prefecture boundaries and mark these cities.'),
  },
  check: (chart, context) => [
    ...chart.metrics.flatMap((m, i) => checkMetric(m, ['metrics', i], context)),
    ...(chart.cities ?? []).flatMap((code, i) => {
      const problem = placeProblem(code, context);
      return problem ? [{ ...context.at(['cities', i]), ...problem }] : [];
    }),
  ],
  build: (chart, context) => {
    const series = chart.metrics.map((m) => measure(m, context.content, context.central));
    const spec = choroplethSpec({
      topology: context.geo,
      names: context.names,
      metrics: series,
      ...MAP,
      ...(chart.highlight ? { highlight: chart.highlight } : {}),
      ...(chart.cities ? { cities: chart.cities } : {}),
    });
    // One SVG carries every metric's colours; views differ in which legend and fills show.
    const views = rankedViews(series, context, (s): ChoroplethView => ({
      map: spec,
      metric: s.meta.id,
    }));
    // A view shown as a list has no map to recolour: each view then gets its own drawing.
    const listed = views.some((v) => v.list);
    return {
      views,
      switchMode: series.length > 1 ? (listed ? 'swap' : 'recolour') : 'none',
      table: placeTable(series, context),
      csv: placeCsv(series, context),
      sources: seriesSources(series),
      annotations: resolveAnnotations(chart.annotations, placeTargets(series, context)),
    };
  },
});

export interface ChoroplethView {
  map: ChoroplethSpec;
  /** The metric this view colours the map by. */
  metric: string;
}
