import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts, getChart } from '../../server/charts.ts';
import { standaloneSvg } from '../../server/render/standaloneSvg.ts';

export const getStaticPaths = (() =>
  getCharts().map((chart) => ({ params: { id: chart.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = getChart(String(params['id']));
  if (!chart) return new Response('not found', { status: 404 });
  return new Response(standaloneSvg(chart), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
};
