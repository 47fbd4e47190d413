/**
 * The live preview's content check (dev server only): every problem the build would stop on —
 * data, sources, charts, stories — read fresh from the files. It runs in the same module
 * instance as the pages (the dev server loads it through the pages' Vite environment), so the
 * content and charts it validates are the ones the next page renders from.
 * It is the one-pass check of `npm run check` and the build (src/server/checkContent.ts).
 */
import type { ContentProblem } from '../../lib/data/contentError.ts';
import { checkContent } from '../checkContent.ts';
import { contentStamp } from '../content.ts';

export interface PreviewCheck {
  /** Changes whenever a file under content/ is saved, added or removed. */
  stamp: string;
  problems: readonly ContentProblem[];
}

let last: PreviewCheck | undefined;

/** Checks the content as it is on disk now; repeated at once, answers from the last check. */
export function previewCheck(root = process.cwd()): PreviewCheck {
  // A fresh stamp: a file saved a moment ago must count on this very request.
  const stamp = contentStamp(root, 0);
  if (last?.stamp !== stamp) last = { stamp, problems: checkContent(root).problems };
  return last;
}
