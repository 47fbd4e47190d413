import type { APIRoute, GetStaticPaths } from 'astro';
import { getChart, getCharts } from '../../../server/charts.ts';
import { standaloneSvg } from '../../../server/render/standaloneSvg.ts';

/** Every other view of a switchable chart as a self-contained SVG file. */
export const getStaticPaths = (() =>
  getCharts().flatMap((chart) =>
    chart.views
      .slice(1)
      .flatMap((view) => (view.metric ? [{ params: { id: chart.id, metric: view.metric } }] : [])),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = getChart(String(params['id']));
  const view = chart?.views.find((v) => v.metric === params['metric']);
  if (!chart || !view) return new Response('not found', { status: 404 });
  return new Response(standaloneSvg(chart, view), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
};
