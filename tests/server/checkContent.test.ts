// `npm run check` and the build report every content problem in one pass: a broken data file
// does not hide a story's mistakes, and the report groups them by file.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/data/contentError.ts';
import { checkContent } from '../../src/server/checkContent.ts';

const root = mkdtempSync(join(tmpdir(), 'check-content-'));
cpSync(join(import.meta.dirname, '..', '..', 'content'), join(root, 'content'), {
  recursive: true,
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Replaces the first match of `from` in a content file of the copy. */
function edit(file: string, from: RegExp, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} has no ${from}`).toMatch(from);
  writeFileSync(path, text.replace(from, to));
}

describe('checkContent', () => {
  it('passes the real content with its charts and stories', () => {
    const report = checkContent(join(import.meta.dirname, '..', '..'));
    expect(report.problems).toEqual([]);
    expect(report.charts.length).toBeGreaterThan(5);
    expect(report.stories.map((s) => s.id)).toContain('why-hunan');
  });

  it('reports a data row, a source id and a story mistake together, grouped by file', () => {
    // A year that is not a year, in the second data line of the GDP table.
    edit('content/data/gdp.csv', /\n(\d{6}),2018,/, '\n$1,20l8,');
    // A story citing a source id with a typo.
    edit('content/stories/why-hunan.md', /\n {2}- (seed-[a-z0-9-]+)\n/, '\n  - $1x\n');
    // A story placing a chart that does not exist.
    edit(
      'content/stories/key-projects-2020.md',
      /::chart\{id="regional-investment"\}/,
      '::chart{id="regional-investmnt"}',
    );
    const { problems } = checkContent(root);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/data/gdp.csv', 'year'],
      ['content/stories/key-projects-2020.md', 'chart id'],
      ['content/stories/why-hunan.md', 'sources'],
    ]);
    const report = formatReport(problems);
    expect(report).toMatch(/^3 problems in 3 files:/);
    // Each file is a heading once, followed by its problems with their lines.
    expect(report).toMatch(
      /\ncontent\/data\/gdp\.csv \(1 problem\)\n {2}- content\/data\/gdp\.csv:2 /,
    );
    expect(report).toContain('did you mean "regional-investment"?');
  });

  it('stops a published story linking to a draft, and lets a draft link anywhere', () => {
    const draft = join(root, 'content/stories/zz-draft.md');
    writeFileSync(
      draft,
      [
        '---',
        'title: 草稿',
        'dek: 还没写完',
        'byline: 数据组',
        'date: 2026-12-01',
        'sources:',
        '  - seed-01blockchain-2020-05-16',
        'draft: true',
        '---',
        '',
        '见[另一篇](/stories/why-hunan/)。',
        '',
      ].join('\n'),
    );
    edit(
      'content/stories/why-hunan.md',
      /\n\n([^\n#:-][^\n]+)\n/,
      '\n\n$1[草稿](/stories/zz-draft/)\n',
    );
    const links = checkContent(root).problems.filter((p) => p.field === 'link');
    expect(links.map((p) => [p.file, p.found])).toEqual([
      [
        'content/stories/why-hunan.md',
        '"/stories/zz-draft/": that story is a draft (draft: true), so its page is not published',
      ],
    ]);
  });
});
