// Random and malformed story and chart files never crash their readers: a story gives either a
// valid story or problems on lines of that file; a chart file gives either charts or one
// ContentError whose every problem names that file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadChartDefinitions } from '../../../src/lib/charts/chartDefinitions.ts';
import { ContentError, formatProblem } from '../../../src/lib/data/contentError.ts';
import { readStoryFile } from '../../../src/lib/data/storyFile.ts';
import { GEO } from '../../../src/server/charts.ts';
import { fixtureContent } from '../../support/fixtureContent.ts';

const STORY = 'content/stories/random.md';
const CHART = 'content/charts/random-chart.yaml';

const storyLines = fc.array(
  fc.oneof(
    fc.string(),
    fc.constantFrom(
      '---',
      'title: 标题',
      'dek: 一句话',
      'byline: 数据组',
      'date: 2026-11-22',
      'date: 2026年11月22日',
      'sources: [seed-article]',
      'sources: [nope',
      'order: 1.5',
      '::chart{id="filings-map"}',
      '::chart{id="filing-map"}',
      '::chart{id=}',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[link](javascript:alert(1))',
      '## 小标题',
      '',
    ),
  ),
  { maxLength: 14 },
);

const chartLines = fc.array(
  fc.oneof(
    fc.string(),
    fc.constantFrom(
      'kind: choropleth',
      'kind: pie',
      'title: 图',
      'highlight: 430000',
      'highlight: 999999',
      'metrics:',
      '  - id: filings',
      '    label: 备案',
      '    unit: 项',
      '    data: filings-provinces',
      '    data: nowhere',
      '    value: services',
      '    value: nothing',
      '    where: { year: 2019 }',
      ':',
      '\t- ',
    ),
  ),
  { maxLength: 12 },
);

describe('content files under random input', () => {
  const known = {
    sources: new Set(['seed-article']),
    charts: ['filings-map'],
    publicFiles: new Set<string>(),
  };

  it('a story file: never throws; a story, or problems on lines of that file', () => {
    fc.assert(
      fc.property(storyLines, (lines) => {
        const result = readStoryFile(
          STORY,
          lines.join('\n'),
          known,
          (id) => `<figure>${id}</figure>`,
        );
        for (const problem of result.problems) {
          expect(problem.file).toBe(STORY);
          expect(problem.line ?? 0, formatProblem(problem)).toBeGreaterThanOrEqual(1);
          expect(problem.expected.length).toBeGreaterThan(0);
        }
        return result.story !== undefined || result.problems.length > 0;
      }),
      { numRuns: 400 },
    );
  });

  it('a chart file: never throws anything but a ContentError naming that file', () => {
    const content = fixtureContent();
    fc.assert(
      fc.property(chartLines, (lines) => {
        try {
          loadChartDefinitions([{ path: CHART, text: lines.join('\n') }], content, GEO);
          return true;
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          return error.problems.length > 0 && error.problems.every((p) => p.file === CHART);
        }
      }),
      { numRuns: 400 },
    );
  });
});
