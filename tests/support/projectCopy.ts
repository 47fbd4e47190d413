// A temporary copy of the project for builds that must not touch it: a story that breaks the
// build, the bench's synthetic content. It shares node_modules through a symlink.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** What a build reads; tests, scripts and the lockfile stay behind. */
const BUILD_INPUTS = [
  'src',
  'content',
  'public',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

export interface ProjectCopy {
  dir: string;
  remove(): void;
}

export function copyProject(prefix: string, root = PROJECT_ROOT): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of BUILD_INPUTS)
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
