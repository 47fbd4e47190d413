// A real build of a copy of the project with one bad story: it must stop, naming the story file
// and line. (The copy shares node_modules; nothing of the project itself is touched.)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const copy = mkdtempSync(join(tmpdir(), 'story-build-'));

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a story that places an unknown chart', () => {
  it('stops the build with the story file, the line and the closest chart id', () => {
    for (const entry of [
      'src',
      'content',
      'public',
      'astro.config.mjs',
      'package.json',
      'tsconfig.json',
    ]) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    cpSync(
      join(root, 'tests/fixtures/stories/unknown-chart.md'),
      join(copy, 'content/stories/zz-unknown-chart.md'),
    );
    const build = spawnSync(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
      { cwd: copy, encoding: 'utf8', timeout: 120_000 },
    );
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status, output.slice(-2000)).not.toBe(0);
    expect(output).toContain('content/stories/zz-unknown-chart.md:13, field "chart id"');
    expect(output).toContain('found "filing-map". Fix: did you mean "filings-map"?');
  }, 120_000);
});
