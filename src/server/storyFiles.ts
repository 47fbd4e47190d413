/** Reads content/stories/*.md from disk and checks each against the known sources and charts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chartSlot } from '../lib/charts/chartSlots.ts';
import type { ContentProblem } from '../lib/data/contentError.ts';
import { decodeText } from '../lib/data/decodeText.ts';
import { splitFrontmatter } from '../lib/data/frontmatter.ts';
import { readStoryFile } from '../lib/data/storyFile.ts';
import type { Story } from '../lib/schema/story.ts';
import type { FigureData } from '../lib/stories/figureData.ts';
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
  figures?: FigureData | undefined;
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
  const texts = files.map((name) => {
    const file = `${STORIES}/${name}`;
    return { name, file, decoded: decodeText(file, readFileSync(join(dir, name))) };
  });
  const context = {
    ...known,
    stories: files.map(slugOf),
    publicFiles: listPublicFiles(root),
    // Known before any story is read, so a published story linking to a draft is a problem.
    drafts: texts.filter(({ decoded }) => isDraft(decoded.text)).map(({ name }) => slugOf(name)),
  };
  const problems: ContentProblem[] = [];
  const entries: StoryEntry[] = [];
  for (const { name, file, decoded } of texts) {
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
        id: slugOf(name),
        file,
        story: result.story,
        markdown: result.markdown,
        body: result.body,
        charts: result.placements.map((p) => p.id),
      });
  }
  return { entries, problems };
}

const slugOf = (name: string) => name.replace(/\.md$/, '');

/** Whether a story's frontmatter says `draft: true` (read fully, and checked, later). */
function isDraft(text: string | undefined): boolean {
  const frontmatter = text === undefined ? undefined : splitFrontmatter(text)?.frontmatter;
  return frontmatter !== undefined && /^draft:\s*true\s*(?:#.*)?$/m.test(frontmatter);
}
