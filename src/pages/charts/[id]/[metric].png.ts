import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts } from '../../../server/charts.ts';
import { imageResponse, imagesWanted } from '../../../server/images/images.ts';

/** Every other view of a switchable chart as a PNG (the default view is /charts/<id>.png). */
export const getStaticPaths = (() =>
  (imagesWanted() ? getCharts() : []).flatMap((chart) =>
    chart.views
      .slice(1)
      .flatMap((view) => (view.metric ? [{ params: { id: chart.id, metric: view.metric } }] : [])),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  imageResponse(`/charts/${params['id']}/${params['metric']}.png`);
