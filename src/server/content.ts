/**
 * Build-time access to the validated content. Every page and the chart build share one read of
 * the files per process, so the content is parsed and cross-checked once per build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError } from '../lib/data/contentError.ts';
import {
  readContentSet,
  type ContentFiles,
  type ContentReading,
  type ContentSet,
} from '../lib/data/contentSet.ts';
import { decodeText } from '../lib/data/decodeText.ts';

let cached: { key: string; reading: ContentReading } | undefined;

/**
 * The root and the newest modification time under content/ and public/images/: a cache key that changes when a
 * journalist saves a file. The dev server loads pages and content loaders as separate module
 * instances, so each cache must notice edits itself rather than wait to be told.
 */
let lastStamp: { root: string; at: number; stamp: string } | undefined;

export function contentStamp(root: string, maxAge = 1000): string {
  // A build asks once per page; walking thousands of files each time would cost minutes at
  // scale, so the stamp is reused for a second (a saved file shows on the next reload). The
  // live preview asks with maxAge 0 once per request, so a save counts on the very next load.
  const now = Date.now();
  if (lastStamp?.root === root && now - lastStamp.at < maxAge) return lastStamp.stamp;
  const stamp = walkStamp(root);
  lastStamp = { root, at: now, stamp };
  return stamp;
}

function walkStamp(root: string): string {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
    newest = Math.max(newest, statSync(dir).mtimeMs);
  };
  // Story pictures live in public/images/: adding one settles a story's "no such file" problem.
  for (const dir of ['content', 'public/images']) {
    const full = resolve(root, dir);
    if (existsSync(full)) walk(full);
  }
  return `${root}@${newest}`;
}

/** The project's files below `root`, read as UTF-8 (anything else is a problem, not garbled text). */
export function projectFiles(root: string): ContentFiles {
  return {
    read: (path) => {
      const full = resolve(root, path);
      if (!existsSync(full)) return undefined;
      const decoded = decodeText(path, readFileSync(full));
      return decoded.problem ? { problem: decoded.problem } : decoded.text;
    },
    list: (dir) => {
      const full = resolve(root, dir);
      return existsSync(full) ? readdirSync(full) : [];
    },
  };
}

/** Forgets the cached content, so the next read validates the files again (dev server). */
export function invalidateContent(): void {
  cached = undefined;
}

/** The content as read, with every problem (for checks that report rather than stop). */
export function readContent(root = process.cwd()): ContentReading {
  const key = contentStamp(root);
  if (cached?.key !== key) cached = { key, reading: readContentSet(projectFiles(root)) };
  return cached.reading;
}

/** The whole validated content set; throws a ContentError naming every problem. */
export function getContent(root = process.cwd()): ContentSet {
  const { content, problems } = readContent(root);
  if (!content || problems.length > 0) throw new ContentError(problems);
  return content;
}
