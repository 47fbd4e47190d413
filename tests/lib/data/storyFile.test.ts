import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/data/contentError.ts';
import { splitFrontmatter } from '../../../src/lib/data/frontmatter.ts';
import { readStoryFile } from '../../../src/lib/data/storyFile.ts';
import { proseLength, readingMinutes } from '../../../src/lib/format/readingTime.ts';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'stories', name), 'utf8');
const known = {
  sources: new Set(['seed-article']),
  charts: ['filings-map'],
  publicFiles: new Set<string>(),
};
const render = (id: string) => `<figure data-chart="${id}"></figure>`;

describe('readStoryFile', () => {
  it('names the story file and line of an unknown chart id', () => {
    const { problems } = readStoryFile(
      'content/stories/unknown-chart.md',
      fixture('unknown-chart.md'),
      known,
      render,
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/stories/unknown-chart.md:13, field "chart id": expected the id of a chart in content/charts/ (filings-map); found "filing-map". Fix: did you mean "filings-map"?',
    ]);
  });

  it('names the file lines of frontmatter problems', () => {
    const { problems } = readStoryFile(
      'content/stories/bad.md',
      fixture('bad-frontmatter.md'),
      known,
      render,
    );
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [5, 'date'],
      [6, 'sources'],
    ]);
    expect(problems[0]?.hint).toContain('2026-11-22');
    expect(problems[1]?.hint).toBe('did you mean "seed-article"?');
  });

  it('places known charts and keeps the frontmatter', () => {
    const text = fixture('unknown-chart.md').replace('filing-map', 'filings-map');
    const result = readStoryFile('s.md', text, known, render);
    expect(result.problems).toEqual([]);
    expect(result.story?.title).toBe('一篇放错图表的报道');
    expect(result.placements).toEqual([{ id: 'filings-map', line: 13 }]);
    expect(result.markdown).toContain('<figure data-chart="filings-map"></figure>');
  });

  it('rejects a file without frontmatter', () => {
    expect(readStoryFile('s.md', '# 无前言', known, render).problems[0]?.found).toBe(
      'no frontmatter',
    );
    expect(splitFrontmatter('---\na: 1\n---\nbody')).toEqual({
      frontmatter: 'a: 1',
      body: 'body',
      frontmatterLine: 2,
      bodyLine: 4,
    });
  });
});

describe('reading time', () => {
  it('counts Han characters of prose, not markup or chart lines', () => {
    expect(proseLength('## 标题\n\n湖南领先。\n\n::chart{id="x"}\n\n<figure>图</figure>').han).toBe(
      6,
    );
    expect(readingMinutes('中'.repeat(1600))).toBe(4);
    expect(readingMinutes('短')).toBe(1);
  });
});

describe('HTML that could run script in a story', () => {
  it.each([
    ['<script>alert(1)</script>', 'an HTML element'],
    ['<img src="x.png" onerror="alert(1)">', 'event-handler'],
    ['<a href="javascript:alert(1)">点我</a>', 'a link that runs script'],
    ['[点我](javascript:alert(1))', 'a Markdown link'],
    ['<iframe src="https://example.org"></iframe>', 'an HTML element'],
  ])('rejects %s with its line', (html, says) => {
    const text = fixture('unknown-chart.md')
      .replace('filing-map', 'filings-map')
      .replace('正文第一段。', html);
    const { problems } = readStoryFile('s.md', text, known, render);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 11, field: 'story text' });
    expect(problems[0]?.found).toContain(says);
  });

  it('lets ordinary Markdown and safe HTML through', () => {
    const text = fixture('unknown-chart.md')
      .replace('filing-map', 'filings-map')
      .replace(
        '正文第一段。',
        '见<a href="/data/">数据页</a>,**加粗**,[链接](https://example.org)。',
      );
    expect(readStoryFile('s.md', text, known, render).problems).toEqual([]);
  });
});
