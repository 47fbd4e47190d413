import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../server/chartMeta.ts';
import { getCharts, getChart } from '../../server/charts.ts';

export const getStaticPaths = (() =>
  getCharts().map((chart) => ({ params: { id: chart.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = getChart(String(params['id']));
  if (!chart) return new Response('not found', { status: 404 });
  return new Response(chartCsv(chart), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
