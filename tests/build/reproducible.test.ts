// Two clean builds of the same content must give the same bytes: a reader, a cache or a reviewer
// comparing two deploys sees only what changed in content/ or src/, never noise from the clock,
// the machine's paths or the order work happened to finish in. (The one date taken from outside
// content/, the `updated` of /charts/<id>.json, is content/'s last commit day in git: fixed per
// commit. These copies are not git checkouts, so there it is null in both builds.)
//
// Each build draws its images afresh, with a cache folder of its own, so the images are compared
// as drawn twice; a third build with the first one's cache must draw none of them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/projectCopy.ts';

const copies: ProjectCopy[] = [];
const caches: string[] = [];
afterAll(() => {
  copies.forEach((copy) => copy.remove());
  caches.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** sha256 of every file under `dir`, by path relative to it. */
function fileHashes(dir: string, base = dir): Map<string, string> {
  return new Map(
    readdirSync(dir).flatMap((name): [string, string][] => {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) return [...fileHashes(file, base)];
      return [
        [relative(base, file), createHash('sha256').update(readFileSync(file)).digest('hex')],
      ];
    }),
  );
}

interface Build {
  files: Map<string, string>;
  output: string;
  copy: ProjectCopy;
  cache: string;
}

/** A full build (Astro, then Pagefind) in a copy at its own temporary path. */
function cleanBuild(copy = copyProject('reproducible-'), cache = newCache()): Build {
  if (!copies.includes(copy)) copies.push(copy);
  const bin = (name: string) => join(copy.dir, 'node_modules', '.bin', name);
  let output = '';
  for (const [command, args] of [
    [bin('astro'), ['build']],
    [bin('pagefind'), ['--site', 'dist', '--silent']],
  ] as const) {
    const run = spawnSync(command, args, {
      cwd: copy.dir,
      encoding: 'utf8',
      timeout: 180_000,
      env: { ...process.env, IMAGE_CACHE_DIR: cache },
    });
    output += `${run.stdout}\n${run.stderr}`;
    expect(run.status, `${command}:\n${output}`.slice(-3000)).toBe(0);
  }
  return { files: fileHashes(join(copy.dir, 'dist')), output, copy, cache };
}

function newCache(): string {
  const dir = mkdtempSync(join(tmpdir(), 'image-cache-'));
  caches.push(dir);
  return dir;
}

function differing(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.filter((path) => a.get(path) !== b.get(path));
}

/** The images a build made, as its log reports them. */
function imageLine(output: string): { images: number; drawn: number } {
  const [, images, drawn] = /\[images\] (\d+) PNG images: (\d+) drawn/.exec(output) ?? [];
  return { images: Number(images), drawn: Number(drawn) };
}

describe('two clean builds', () => {
  let first: Build;

  it('produce byte-identical dist/ trees, images drawn in each included', () => {
    first = cleanBuild();
    const second = cleanBuild();
    expect(first.files.size).toBeGreaterThan(100);
    const pngs = [...first.files.keys()].filter((path) => path.endsWith('.png'));
    expect(pngs.length).toBeGreaterThan(30);
    // Both drew (nearly) every image: the comparison is of two drawings, not of one cache.
    for (const build of [first, second])
      expect(imageLine(build.output).drawn).toBeGreaterThan(pngs.length * 0.9);
    const changed = differing(first.files, second.files);
    expect(changed, `files that differ between two builds: ${changed.join(', ')}`).toEqual([]);
  }, 420_000);

  it('and a warm build draws no image again, and changes nothing', () => {
    const warm = cleanBuild(first.copy, first.cache);
    expect(imageLine(warm.output)).toEqual({ images: imageLine(first.output).images, drawn: 0 });
    expect(differing(first.files, warm.files)).toEqual([]);
  }, 240_000);
});
