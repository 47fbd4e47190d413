// What `npm run bench` measures on a built site: build time and memory, and the bytes each page
// sends before the reader can act.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { ImageRun } from '../../src/server/images/images.ts';

export interface Build {
  seconds: number;
  peakMemoryMB: number | null;
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  transferGzip: number;
}

/** Runs `npm run build` in `cwd`, timing it and reading peak memory from GNU time when present. */
export function build(cwd: string, env: Record<string, string> = {}): Build {
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : 'npm';
  const args = useTime ? ['-f', '%M', 'npm', 'run', 'build'] : ['run', 'build'];
  const started = performance.now();
  const run = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0)
    throw new Error(
      `build failed in ${cwd}:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`,
    );
  const kb = useTime ? Number(run.stderr.trim().split('\n').at(-1)) : Number.NaN;
  return {
    seconds: Math.round(seconds * 100) / 100,
    peakMemoryMB: Number.isFinite(kb) ? Math.round(kb / 1024) : null,
  };
}

/** What the last build did with its images (written by src/server/images/images.ts). */
export function imageRun(cacheDir: string): ImageRun {
  return JSON.parse(readFileSync(join(cacheDir, 'last-build.json'), 'utf8')) as ImageRun;
}

export const size = (path: string): Bytes => {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/** A module script and everything it imports statically: what loads before the reader acts. */
function scriptClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+)["']/g))
    scriptClosure(join(dirname(file), match[1] ?? ''), seen);
  return seen;
}

/** Every HTML page of a built site, without Pagefind's and Astro's asset folders. */
export function htmlPages(dist: string, dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory())
      return name === 'pagefind' || name === '_astro' ? [] : htmlPages(dist, full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export function pageWeight(dist: string, file: string): PageWeight {
  const html = readFileSync(file, 'utf8');
  const asset = (path: string) => join(dist, path);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g)].map((m) =>
    asset(m[1] ?? ''),
  );
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="(\/[^"]+)"/g)].map((m) =>
    asset(m[1] ?? ''),
  );
  const js = [...new Set(entries.flatMap((entry) => [...scriptClosure(entry)]))];
  const sum = (files: string[]) =>
    files
      .map(size)
      .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const h = size(file);
  const c = sum(css);
  const j = sum(js);
  const path = `/${relative(dist, file)}`.replace(/index\.html$/, '');
  return { path, html: h, css: c, js: j, transferGzip: h.gzip + c.gzip + j.gzip };
}
