/** Choropleth: provinces coloured by a metric a reader can switch; cities optionally marked. */
import { z } from 'zod';
import { placeCode } from '../../schema/common.ts';
import { TILES_FILE } from '../../geo/tiles.ts';
import { choroplethSpec, type ChoroplethSpec } from '../choropleth.ts';
import { missingTiles, tileMapSpec } from '../tileMap.ts';
import { placeProblem } from './checks.ts';
import { checkMetric } from './metricChecks.ts';
import { measure, metricSchema } from './metric.ts';
import { resolveAnnotations } from './annotations.ts';
import { placeCsv, placeTable, placeTargets, rankedViews, seriesSources } from './placeSeries.ts';
import { defineKind, type CheckContext } from './types.ts';

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
      .describe(
        'Also draw prefecture boundaries and mark these cities (on tiles: named in their province’s tile).',
      ),
    map: z
      .enum(['boundaries', 'tiles'], { error: 'one of: boundaries, tiles' })
      .optional()
      .describe(
        'boundaries (the default): province outlines, which need a map review number (审图号) in content/site.yaml to be published; tiles: one equal square per province, no boundaries.',
      ),
  },
  check: (chart, context) => [
    ...chart.metrics.flatMap((m, i) => checkMetric(m, ['metrics', i], context)),
    ...(chart.map === 'tiles' ? tileProblems(context) : []),
    ...(chart.cities ?? []).flatMap((code, i) => {
      const problem = placeProblem(code, context);
      return problem ? [{ ...context.at(['cities', i]), ...problem }] : [];
    }),
  ],
  build: (chart, context) => {
    const series = chart.metrics.map((m) => measure(m, context.content, context.central));
    const input = {
      names: context.names,
      metrics: series,
      ...MAP,
      ...(chart.highlight ? { highlight: chart.highlight } : {}),
      ...(chart.cities ? { cities: chart.cities } : {}),
    };
    const spec =
      chart.map === 'tiles'
        ? tileMapSpec({ ...input, tiles: context.tiles })
        : choroplethSpec({ ...input, topology: context.geo });
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

/** A map drawn as tiles needs a tile for every place it shows (the central provinces). */
function tileProblems(context: CheckContext) {
  const central = context.content.places.filter((p) => p.data.central);
  const missing = missingTiles(
    central.map((p) => p.data.code),
    context.tiles,
  );
  if (missing.length === 0) return [];
  const name = new Map(central.map((p) => [p.data.code, p.data.short_zh]));
  const first = missing[0] ?? '';
  return [
    {
      ...context.at(['map']),
      expected: `a tile in ${TILES_FILE} for every place the map shows`,
      found: `none for ${missing.map((code) => `${code} (${name.get(code) ?? code})`).join(', ')}`,
      hint: `add a line such as "- { code: ${first}, name: ${name.get(first) ?? ''}, row: 0, col: 2 }" to ${TILES_FILE}, on a free square`,
    },
  ];
}
