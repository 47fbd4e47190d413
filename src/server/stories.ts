/**
 * The stories a page may list or link to. A story with `draft: true` is left out of the built
 * site — no page, no place on the home page, in the feed, the sitemap or the search — and shown
 * in the preview (`npm run dev`), where its page carries a 草稿 banner. Every page that lists
 * stories takes them from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { storyCorrections, type CorrectionEntry } from '../lib/corrections/log.ts';
import { updatedDay } from '../lib/stories/corrections.ts';
import { getCharts, type RenderedChart } from './charts.ts';

export type StoryEntry = CollectionEntry<'stories'>;

/**
 * True in the preview: astro dev runs in development mode, astro build in production mode.
 * (Not import.meta.env.DEV: that follows NODE_ENV, and a build run with NODE_ENV=test — from
 * the tests, say — would publish the drafts.)
 */
export const SHOW_DRAFTS = import.meta.env.MODE === 'development';

/** The stories to show: the published ones, and drafts too in the preview. */
export async function publishedStories(): Promise<StoryEntry[]> {
  const stories = await getCollection('stories');
  return SHOW_DRAFTS ? stories : stories.filter((story) => story.data.draft !== true);
}

/**
 * A story's charts, its corrections (its own and those of its charts' data, oldest first) and the
 * day it last changed: what its page, the feed and the JSON-LD say.
 */
export function storyChanges(story: StoryEntry): {
  placed: RenderedChart[];
  changes: CorrectionEntry[];
  updated: string;
} {
  const placed = getCharts().filter((chart) => story.data.charts.includes(chart.id));
  const changes = storyCorrections(story.data, placed);
  const updated = updatedDay(
    story.data,
    changes.map((c) => c.date),
  );
  return { placed, changes, updated };
}
