/**
 * The build's images as responses for the .png endpoints. On the first request of a build every
 * image is scheduled: those in the cache are read, the others drawn one at a time in the
 * background (resvg draws off the main thread; two at once were slower than one after another
 * on two cores), so the endpoints Astro renders one after another mostly find theirs done. The
 * preview draws only the image asked for.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOME_CHART } from '../../site.ts';
import { getCharts } from '../charts.ts';
import { publishedStories, SHOW_DRAFTS } from '../stories.ts';
import { chartImageJobs, siteCardJob, storyImageJobs, type ImageJob } from './imageJobs.ts';
import {
  cacheDir,
  drawnCharacters,
  fontSubset,
  fromCache,
  rasterize,
  type Rasterized,
} from './raster.ts';

/** What the last build did, for its log and for `npm run bench`. */
export interface ImageRun {
  images: number;
  drawn: number;
  cached: number;
  bytes: number;
  largest: number;
  ms: number;
}

/**
 * False when BUILD_IMAGES=0: the bench's scale runs measure pages, and drawing thousands of
 * synthetic charts would swamp them (the bench times the real site's images on their own).
 */
export function imagesWanted(): boolean {
  return process.env['BUILD_IMAGES'] !== '0';
}

export async function imageJobs(): Promise<ImageJob[]> {
  if (!imagesWanted()) return [];
  const charts = getCharts();
  const stories = (await publishedStories()).map((story) => ({
    slug: story.id,
    title: story.data.title,
    dek: story.data.dek,
    lead: charts.find((chart) => chart.id === story.data.charts[0]),
  }));
  const home = charts.find((chart) => chart.id === HOME_CHART);
  return [...chartImageJobs(charts), ...storyImageJobs(stories), siteCardJob(home)];
}

let scheduled: Promise<Map<string, Promise<Rasterized>>> | undefined;

function scheduleAll(): Promise<Map<string, Promise<Rasterized>>> {
  scheduled ??= imageJobs().then((jobs) => {
    const started = performance.now();
    const results = new Map<string, Promise<Rasterized>>();
    const toDraw = jobs
      .map((job) => ({ ...job, svg: job.svg() }))
      .filter((job) => {
        const cached = fromCache(job.svg, job.width);
        if (cached) results.set(job.path, Promise.resolve(cached));
        return !cached;
      });
    // One font subset for everything still to draw, then one image after another.
    const fonts = fontSubset(drawnCharacters(toDraw.map((job) => job.svg)));
    let previous: Promise<unknown> = fonts;
    for (const job of toDraw) {
      const result = previous.then(async () => rasterize(job.svg, job.width, await fonts));
      results.set(job.path, result);
      previous = result.catch(() => undefined);
    }
    void previous.then(() => report([...results.values()], started));
    return results;
  });
  return scheduled;
}

async function report(results: Promise<Rasterized>[], started: number): Promise<void> {
  const done = (await Promise.allSettled(results)).flatMap((r) =>
    r.status === 'fulfilled' ? [r.value] : [],
  );
  const run: ImageRun = {
    images: done.length,
    drawn: done.filter((r) => r.drawn).length,
    cached: done.filter((r) => !r.drawn).length,
    bytes: done.reduce((sum, r) => sum + r.png.length, 0),
    largest: Math.max(0, ...done.map((r) => r.png.length)),
    ms: Math.round(performance.now() - started),
  };
  console.log(
    `[images] ${run.images} PNG images: ${run.drawn} drawn, ${run.cached} from the cache (${(run.ms / 1000).toFixed(1)} s)`,
  );
  mkdirSync(cacheDir(), { recursive: true });
  writeFileSync(join(cacheDir(), 'last-build.json'), `${JSON.stringify(run, null, 2)}\n`);
}

/** The PNG at `path` as a response; 404 when the build makes no such image. */
export async function imageResponse(path: string): Promise<Response> {
  const image = SHOW_DRAFTS ? drawOne(path) : (await scheduleAll()).get(path);
  const result = await image;
  if (!result) return new Response('not found', { status: 404 });
  return new Response(result.png, { headers: { 'content-type': 'image/png' } });
}

/** The preview: the one image asked for, with a font subset of its own characters. */
async function drawOne(path: string): Promise<Rasterized | undefined> {
  const job = (await imageJobs()).find((j) => j.path === path);
  if (!job) return undefined;
  const svg = job.svg();
  return rasterize(svg, job.width, await fontSubset(drawnCharacters([svg])));
}
