// Two clean builds of the same content must give the same bytes: a reader, a cache or a reviewer
// comparing two deploys sees only what changed in content/ or src/, never noise from the clock,
// the machine's paths or the order work happened to finish in. (The one date taken from outside
// content/, the `updated` of /charts/<id>.json, is content/'s last commit day in git: fixed per
// commit. These copies are not git checkouts, so there it is null in both builds.)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/projectCopy.ts';

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

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

/** A full build (Astro, then Pagefind) in a fresh copy at its own temporary path. */
function cleanBuild(): Map<string, string> {
  const copy = copyProject('reproducible-');
  copies.push(copy);
  const bin = (name: string) => join(copy.dir, 'node_modules', '.bin', name);
  for (const [command, args] of [
    [bin('astro'), ['build']],
    [bin('pagefind'), ['--site', 'dist', '--silent']],
  ] as const) {
    const run = spawnSync(command, args, { cwd: copy.dir, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, `${command}:\n${run.stdout}\n${run.stderr}`.slice(-3000)).toBe(0);
  }
  return fileHashes(join(copy.dir, 'dist'));
}

describe('two clean builds', () => {
  it('produce byte-identical dist/ trees', () => {
    const first = cleanBuild();
    const second = cleanBuild();
    const paths = [...new Set([...first.keys(), ...second.keys()])].sort();
    const differing = paths.filter((path) => first.get(path) !== second.get(path));
    expect(first.size).toBeGreaterThan(100);
    expect(differing, `files that differ between two builds: ${differing.join(', ')}`).toEqual([]);
  }, 300_000);
});
