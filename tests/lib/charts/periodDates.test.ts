// A chart's period is checked against the calendar, as data files' dates are: 2019-02-29 or a
// thirteenth month would silently count the wrong rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChartDefinitions } from '../../../src/lib/charts/chartDefinitions.ts';
import { ContentError, formatProblem } from '../../../src/lib/data/contentError.ts';
import { GEO } from '../../../src/server/charts.ts';
import { fixtureContent } from '../../support/fixtureContent.ts';

const fixture = join(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'charts',
  'impossible-period.yaml',
);

describe('a chart period with dates not in the calendar', () => {
  it('names each end with its line and the real length of the month', () => {
    const text = readFileSync(fixture, 'utf8');
    let messages: string[] = [];
    try {
      loadChartDefinitions([{ path: 'content/charts/x.yaml', text }], fixtureContent(), GEO);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      messages = error.problems.map(formatProblem);
    }
    expect(messages).toEqual([
      'content/charts/x.yaml:10, field "metrics.0.period.from": expected a day that exists in the calendar: February 2019 has 28 days; found "2019-02-29".',
      'content/charts/x.yaml:11, field "metrics.0.period.to": expected a date whose month is from 01 to 12; found "2020-13".',
    ]);
  });
});
