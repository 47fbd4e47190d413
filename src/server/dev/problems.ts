/**
 * The live preview's content check (dev server only): every problem the build would stop on —
 * data, sources, charts, stories — read fresh from the files. It runs in the same module
 * instance as the pages (the dev server loads it through the pages' Vite environment), so the
 * content and charts it validates are the ones the next page renders from.
 *
 * A minimal version of the one-pass check: data problems come first and, while there are any,
 * charts and stories are not checked (they are built from the data).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chartSlot } from '../../lib/charts/chartSlots.ts';
import type { ContentProblem } from '../../lib/data/contentError.ts';
import { readStoryFile } from '../../lib/data/storyFile.ts';
import { getCharts } from '../charts.ts';
import { contentStamp, getContent } from '../content.ts';

export interface PreviewCheck {
  /** Changes whenever a file under content/ is saved, added or removed. */
  stamp: string;
  problems: readonly ContentProblem[];
}

let last: PreviewCheck | undefined;

/** A ContentError's problems, also from another module instance of the class. */
function problemsOf(error: unknown): readonly ContentProblem[] {
  if (error instanceof Error && error.name === 'ContentError' && 'problems' in error)
    return error.problems as readonly ContentProblem[];
  throw error;
}

/** Every story's problems, checked as the story loader checks them. */
function storyProblems(root: string): ContentProblem[] {
  const dir = resolve(root, 'content/stories');
  const known = {
    sources: new Set(getContent(root).sources.map((s) => s.data.id)),
    charts: getCharts(root).map((c) => c.id),
  };
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
  return names
    .sort()
    .flatMap(
      (name) =>
        readStoryFile(
          `content/stories/${name}`,
          readFileSync(join(dir, name), 'utf8'),
          known,
          chartSlot,
        ).problems,
    );
}

function collect(root: string): readonly ContentProblem[] {
  try {
    return storyProblems(root);
  } catch (error) {
    return problemsOf(error);
  }
}

/** Checks the content as it is on disk now; repeated at once, answers from the last check. */
export function previewCheck(root = process.cwd()): PreviewCheck {
  // A fresh stamp: a file saved a moment ago must count on this very request.
  const stamp = contentStamp(root, 0);
  if (last?.stamp !== stamp) last = { stamp, problems: collect(root) };
  return last;
}
