// A temporary copy of the project for builds that must not touch it: a story that breaks the
// build, the bench's synthetic content, the reproducibility check.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
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

/** Caches Astro and Vite keep in node_modules: each copy needs its own, or builds share state. */
const CACHES = new Set(['.astro', '.vite']);

export interface ProjectCopy {
  dir: string;
  remove(): void;
}

export function copyProject(prefix: string, root = PROJECT_ROOT): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of BUILD_INPUTS)
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  // The packages are shared by symlink, one by one, so that the caches are not.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules')))
    if (!CACHES.has(name))
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, for failure messages. */
  output: string;
}

/** Runs `astro build` in a project copy with the project's own Astro and Node (and `env` added). */
export function buildCopy(
  dir: string,
  timeout = 180_000,
  env: Record<string, string> = {},
): BuildResult {
  const run = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
    { cwd: dir, encoding: 'utf8', timeout, env: { ...process.env, ...env } },
  );
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
