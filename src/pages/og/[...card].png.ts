import type { APIRoute, GetStaticPaths } from 'astro';
import { imageJobs, imageResponse } from '../../server/images/images.ts';

/** The share cards (og:image) of chart view pages and stories: /og/charts/…png, /og/stories/…png. */
export const getStaticPaths = (async () =>
  (await imageJobs())
    .filter((job) => job.path.startsWith('/og/'))
    .map((job) => ({
      params: { card: job.path.slice('/og/'.length, -'.png'.length) },
    }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => imageResponse(`/og/${params['card']}.png`);
