import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { ContentError, type ContentProblem } from '../../lib/data/contentError.ts';
import { readStoryFile } from '../../lib/data/storyFile.ts';
import { readingMinutes, proseLength } from '../../lib/format/readingTime.ts';
import { storyEntrySchema, type Story } from '../../lib/schema/story.ts';
import { chartSlot } from '../../lib/charts/chartSlots.ts';
import { getCharts, invalidateCharts } from '../charts.ts';
import { getContent, invalidateContent } from '../content.ts';
import { listPublicFiles } from '../publicFiles.ts';

const STORIES = 'content/stories';

/** A story read and checked, before its Markdown is rendered. */
interface StoryEntry {
  id: string;
  file: string;
  story: Story;
  markdown: string;
  body: string;
  charts: string[];
}

type LoaderContext = Parameters<Loader['load']>[0];

/**
 * Loads content/stories/*.md: validates frontmatter and source ids, turns `::chart{id}` lines
 * into slots for the build-time figures (filled by the story page), and renders the Markdown.
 * Any problem in any story stops the build.
 */
export function storyLoader(): Loader {
  return {
    name: 'stories',
    schema: storyEntrySchema,
    load: async (context) => {
      const sync = async () => {
        const { entries, problems } = readStories(resolve(STORIES));
        if (problems.length > 0) throw new ContentError(problems);
        context.store.clear();
        for (const entry of entries) await storeStory(entry, context);
      };
      await sync();
      context.watcher?.on('change', async (changed) => {
        if (!/[\\/]content[\\/]/.test(changed)) return;
        // Data and chart files feed the figures too: read everything again.
        invalidateContent();
        invalidateCharts();
        await sync();
      });
    },
  };
}

/** Reads every story file in `dir`, in name order, with the problems of all of them. */
function readStories(dir: string): { entries: StoryEntry[]; problems: ContentProblem[] } {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
  const sources = new Set(getContent().sources.map((s) => s.data.id));
  const charts = getCharts();
  const known = {
    sources,
    charts: charts.map((c) => c.id),
    stories: files.map((f) => f.replace(/\.md$/, '')),
    publicFiles: listPublicFiles(),
  };
  const problems: ContentProblem[] = [];
  const entries: StoryEntry[] = [];
  for (const name of files) {
    const file = `${STORIES}/${name}`;
    const text = readFileSync(join(dir, name), 'utf8');
    const result = readStoryFile(
      file,
      text,
      known,
      // The figure goes in when the page is written (src/pages/stories/[slug].astro).
      chartSlot,
    );
    problems.push(...result.problems);
    if (result.story)
      entries.push({
        id: name.replace(/\.md$/, ''),
        file,
        story: result.story,
        markdown: result.markdown,
        body: result.body,
        charts: result.placements.map((p) => p.id),
      });
  }
  return { entries, problems };
}

/** Renders one story's Markdown and stores it with its reading time and length. */
async function storeStory(
  entry: StoryEntry,
  { store, renderMarkdown, generateDigest }: LoaderContext,
): Promise<void> {
  const rendered = await renderMarkdown(entry.markdown);
  const data = {
    ...entry.story,
    charts: entry.charts,
    readingMinutes: readingMinutes(entry.body),
    characters: proseLength(entry.body).han,
  };
  store.set({
    id: entry.id,
    data,
    body: entry.markdown,
    rendered,
    filePath: entry.file,
    digest: generateDigest(entry.markdown + JSON.stringify(data)),
  });
}
