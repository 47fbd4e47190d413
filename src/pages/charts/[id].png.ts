import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts } from '../../server/charts.ts';
import { imageResponse, imagesWanted } from '../../server/images/images.ts';

/** The default view of each chart as a PNG, 1080 px wide (src/server/images/). */
export const getStaticPaths = (() =>
  (imagesWanted() ? getCharts() : []).map((chart) => ({
    params: { id: chart.id },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => imageResponse(`/charts/${params['id']}.png`);
