// A real build of a copy of the project with one bad story: it must stop, naming the story file
// and line. (The copy shares node_modules; nothing of the project itself is touched.)
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject, PROJECT_ROOT as root } from '../support/projectCopy.ts';

const project = copyProject('story-build-');
const copy = project.dir;

afterAll(() => project.remove());

describe('a story that places an unknown chart', () => {
  it('stops the build with the story file, the line and the closest chart id', () => {
    cpSync(
      join(root, 'tests/fixtures/stories/unknown-chart.md'),
      join(copy, 'content/stories/zz-unknown-chart.md'),
    );
    const { status, output } = buildCopy(copy, 120_000);
    expect(status, output.slice(-2000)).not.toBe(0);
    expect(output).toContain('content/stories/zz-unknown-chart.md:13, field "chart id"');
    expect(output).toContain('found "filing-map". Fix: did you mean "filings-map"?');
  }, 120_000);
});
