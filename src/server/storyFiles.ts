/** Reads content/stories/*.md from disk and checks each against the known sources and charts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chartSlot } from '../lib/charts/chartSlots.ts';
import type { ContentProblem } from '../lib/data/contentError.ts';
import { decodeText } from '../lib/data/decodeText.ts';
import { readStoryFile } from '../lib/data/storyFile.ts';
import type { Story } from '../lib/schema/story.ts';
import { listPublicFiles } from './publicFiles.ts';

export const STORIES = 'content/stories';

/** A story read and checked, before its Markdown is rendered. */
export interface StoryEntry {
  id: string;
  file: string;
  story: Story;
  /** The body with each chart line replaced by a slot the story page fills. */
  markdown: string;
  body: string;
  charts: string[];
}

export interface KnownIds {
  sources: ReadonlySet<string>;
  charts: readonly string[];
}

/** Reads every story file, in name order, with the problems of all of them. */
export function readStories(
  root: string,
  known: KnownIds,
): { entries: StoryEntry[]; problems: ContentProblem[] } {
  const dir = resolve(root, STORIES);
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
  const context = {
    ...known,
    stories: files.map((f) => f.replace(/\.md$/, '')),
    publicFiles: listPublicFiles(root),
  };
  const problems: ContentProblem[] = [];
  const entries: StoryEntry[] = [];
  for (const name of files) {
    const file = `${STORIES}/${name}`;
    const decoded = decodeText(file, readFileSync(join(dir, name)));
    if (decoded.problem) {
      problems.push(decoded.problem);
      continue;
    }
    const text = decoded.text;
    // The figure goes in when the page is written (src/pages/stories/[slug].astro).
    const result = readStoryFile(file, text, context, chartSlot);
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
