// npm run new-story in a scratch folder: it writes a draft the story check accepts, and refuses
// a bad or taken name with a message and exit code 1, writing nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStoryFile } from '../../src/lib/data/storyFile.ts';
import { PROJECT_ROOT } from '../support/projectCopy.ts';
import { known } from '../lib/stories/known.ts';

const dir = mkdtempSync(join(tmpdir(), 'new-story-'));
cpSync(join(PROJECT_ROOT, 'tests/fixtures/base/sources.yaml'), join(dir, 'content/sources.yaml'));
cpSync(join(PROJECT_ROOT, 'content/charts'), join(dir, 'content/charts'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (slug: string) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/new-story.ts'), slug], {
    cwd: dir,
    encoding: 'utf8',
  });

describe('npm run new-story', () => {
  it('creates content/stories/<name>.md, a draft that passes the check', () => {
    const { status, stdout } = run('hunan-parks-2020');
    expect(status).toBe(0);
    expect(stdout).toContain('Created content/stories/hunan-parks-2020.md');
    const text = readFileSync(join(dir, 'content/stories/hunan-parks-2020.md'), 'utf8');
    const charts = ['filings-map', 'gdp-vs-activity', 'parks-table'];
    const result = readStoryFile('s.md', text, { ...known, charts }, (id) => id);
    expect(result.problems).toEqual([]);
    expect(result.story?.draft).toBe(true);
    expect(text).toContain('- parks-table：中部六省的区块链产业园');
  });

  it.each([
    ['Hunan Parks', /"Hunan Parks" cannot name a story/],
    ['hunan-parks-2020', /hunan-parks-2020.md already exists/],
  ])('refuses "%s" with exit code 1', (slug, says) => {
    const before = existsSync(join(dir, 'content/stories/hunan-parks-2020.md'));
    const { status, stderr } = run(slug);
    expect(status).toBe(1);
    expect(stderr).toMatch(says);
    expect(existsSync(join(dir, 'content/stories/hunan-parks-2020.md'))).toBe(before);
  });
});
