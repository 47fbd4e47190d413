import type { APIRoute, GetStaticPaths } from 'astro';
import { chartMeta } from '../../server/chartMeta.ts';
import { getCharts, getChart } from '../../server/charts.ts';

export const getStaticPaths = (() =>
  getCharts().map((chart) => ({ params: { id: chart.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = getChart(String(params['id']));
  if (!chart) return new Response('not found', { status: 404 });
  return new Response(`${JSON.stringify(chartMeta(chart), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
