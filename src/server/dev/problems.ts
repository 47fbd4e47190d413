/**
 * The live preview's content check (dev server only): every problem the build would stop on —
 * data, sources, charts, stories — read fresh from the files. It runs in the same module
 * instance as the pages (the dev server loads it through the pages' Vite environment), so the
 * content and charts it validates are the ones the next page renders from.
 *
 * A minimal version of the one-pass check: data problems come first and, while there are any,
 * charts and stories are not checked (they are built from the data).
 */
import { resolve } from 'node:path';
import type { ContentProblem } from '../../lib/data/contentError.ts';
import { getCharts } from '../charts.ts';
import { contentStamp, getContent } from '../content.ts';
import { readStories } from '../loaders/storyLoader.ts';

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

function collect(root: string): readonly ContentProblem[] {
  try {
    getContent(root);
    getCharts(root);
  } catch (error) {
    return problemsOf(error);
  }
  return readStories(resolve(root, 'content/stories')).problems;
}

/** Checks the content as it is on disk now; repeated at once, answers from the last check. */
export function previewCheck(root = process.cwd()): PreviewCheck {
  // A fresh stamp: a file saved a moment ago must count on this very request.
  const stamp = contentStamp(root, 0);
  if (last?.stamp !== stamp) last = { stamp, problems: collect(root) };
  return last;
}
