/**
 * Build-time access to the validated content. Every page and the chart build share one read of
 * the files per process, so the content is parsed and cross-checked once per build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContentSet, type ContentFiles, type ContentSet } from '../lib/data/contentSet.ts';

let cached: { root: string; content: ContentSet } | undefined;

/** The project's files below `root`, read as UTF-8. */
export function projectFiles(root: string): ContentFiles {
  return {
    read: (path) => {
      const full = resolve(root, path);
      return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
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

/** The whole validated content set; throws a ContentError naming every problem. */
export function getContent(root = process.cwd()): ContentSet {
  if (cached?.root !== root) cached = { root, content: loadContentSet(projectFiles(root)) };
  return cached.content;
}
