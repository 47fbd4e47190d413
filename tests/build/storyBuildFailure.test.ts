// A real build of a copy of the project with bad stories: it must stop, naming each story file
// and line, every problem in one run. (The copy shares node_modules; nothing of the project
// itself is touched.)
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject, PROJECT_ROOT as root } from '../support/projectCopy.ts';

const project = copyProject('story-build-');
const copy = project.dir;

afterAll(() => project.remove());

describe('stories with mistakes', () => {
  it('stop the build with each story file, line and fix', () => {
    const bad: [string, string][] = [
      ['unknown-chart.md', 'zz-unknown-chart.md'],
      ['chart-full-width.md', 'zz-full-width.md'],
      ['image-relative.md', 'zz-image.md'],
    ];
    for (const [fixture, name] of bad)
      cpSync(join(root, 'tests/fixtures/stories', fixture), join(copy, 'content/stories', name));
    const { status, output } = buildCopy(copy, 120_000);
    expect(status, output.slice(-2000)).not.toBe(0);
    expect(output).toContain('content/stories/zz-unknown-chart.md:13, field "chart id"');
    expect(output).toContain('found "filing-map". Fix: did you mean "filings-map"?');
    expect(output).toContain(
      'content/stories/zz-full-width.md:13, field "chart placement": expected a line of its own written ::chart{id="chart-id"}',
    );
    expect(output).toContain(
      'found "：：chart｛id＝“filings-map”｝". Fix: did you mean ::chart{id="filings-map"}?',
    );
    expect(output).toContain(
      'content/stories/zz-image.md:13, field "image": expected an address starting with /images/',
    );
  }, 120_000);
});
