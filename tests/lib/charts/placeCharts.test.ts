import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/data/contentError.ts';
import { placeCharts } from '../../../src/lib/charts/placeCharts.ts';

const render = (id: string) => `<figure data-chart="${id}">\n<svg></svg>\n</figure>`;

describe('placeCharts', () => {
  it('replaces each placement line with the chart as one HTML block', () => {
    const { markdown, placements, problems } = placeCharts(
      '段落一。\n\n::chart{id="filings-map"}\n\n段落二。',
      's.md',
      ['filings-map'],
      render,
      5,
    );
    expect(problems).toEqual([]);
    expect(placements).toEqual([{ id: 'filings-map', line: 7 }]);
    expect(markdown).toContain('\n<figure data-chart="filings-map"> <svg></svg> </figure>\n');
    expect(markdown).toContain('段落二。');
  });

  it('names the story file and line of an unknown id, with the closest known one', () => {
    const { problems } = placeCharts(
      'x\n::chart{id="filing-map"}',
      'content/stories/why-hunan.md',
      ['filings-map', 'gdp-vs-activity'],
      render,
      10,
    );
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toBe(
      'content/stories/why-hunan.md:11, field "chart id": expected the id of a chart in content/charts/ (filings-map, gdp-vs-activity); found "filing-map". Fix: did you mean "filings-map"?',
    );
  });

  it('reports a malformed placement instead of printing it as text', () => {
    const { problems } = placeCharts("::chart{id='filings-map'}", 's.md', ['filings-map'], render);
    expect(problems[0]).toMatchObject({
      line: 1,
      field: 'chart placement',
      hint: 'did you mean ::chart{id="filings-map"}?',
    });
  });

  it('leaves other text with colons alone', () => {
    const text = '比例为 3:1,见 :chart 一词和 a::b。';
    expect(placeCharts(text, 's.md', [], render).markdown).toBe(text);
  });
});
