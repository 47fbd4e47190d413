import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts, getChart } from '../../server/charts.ts';
import { embedCode, embedHeight, SITE } from '../../server/embeds.ts';

/** oEmbed (type "rich") for each chart, found through the <link> on its page. */
export const getStaticPaths = (() =>
  getCharts().map((chart) => ({ params: { id: chart.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = getChart(String(params['id']));
  if (!chart) return new Response('not found', { status: 404 });
  const body = {
    version: '1.0',
    type: 'rich',
    provider_name: '中部链变',
    provider_url: `${SITE}/`,
    title: chart.title,
    html: embedCode(chart),
    width: 600,
    height: embedHeight(chart),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
