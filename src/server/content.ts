/**
 * Build-time access to the validated content. Every collection loader and page shares one
 * read of the files per process, so the content is parsed and cross-checked once per build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContentSet, type ContentSetRows } from '../lib/data/contentSet.ts';

let cached: { root: string; content: ContentSetRows } | undefined;

/** Reads a project file as UTF-8; undefined when it does not exist. */
export function readProjectFile(root: string) {
  return (path: string): string | undefined => {
    const full = resolve(root, path);
    return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  };
}

/** Forgets the cached content, so the next read validates the files again (dev server). */
export function invalidateContent(): void {
  cached = undefined;
}

/** The whole validated content set; throws a ContentError naming every problem. */
export function getContent(root = process.cwd()): ContentSetRows {
  if (cached?.root !== root) cached = { root, content: loadContentSet(readProjectFile(root)) };
  return cached.content;
}
