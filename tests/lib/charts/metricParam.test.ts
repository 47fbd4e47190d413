import { describe, expect, it } from 'vitest';
import { pickMetric, viewPath, withMetric } from '../../../src/lib/charts/metricParam.ts';

const METRICS = ['filings', 'gdp-2019'];

describe('the metric in a page address, one parameter per chart', () => {
  it('reads only the chart’s own parameter, and only its own metrics', () => {
    expect(pickMetric('?filings-map=gdp-2019', 'filings-map', METRICS)).toBe('gdp-2019');
    expect(pickMetric('?gdp-vs-activity=gdp-2019', 'filings-map', METRICS)).toBeUndefined();
    expect(pickMetric('?metric=gdp-2019', 'filings-map', METRICS)).toBeUndefined();
    expect(pickMetric('?filings-map=%3Cscript%3E', 'filings-map', METRICS)).toBeUndefined();
    expect(pickMetric('?filings-map=', 'filings-map', METRICS)).toBeUndefined();
  });

  it('sets one chart’s parameter and keeps everything else in the address', () => {
    const href =
      'https://x.example/stories/why-hunan/?gdp-vs-activity=filings&utm=1#chart-filings-map';
    const next = new URL(withMetric(href, 'filings-map', 'gdp-2019', 'filings'));
    expect(next.searchParams.get('filings-map')).toBe('gdp-2019');
    expect(next.searchParams.get('gdp-vs-activity')).toBe('filings');
    expect(next.searchParams.get('utm')).toBe('1');
    expect(next.hash).toBe('#chart-filings-map');
    // Back to the view the page shows by itself: the parameter goes.
    const back = new URL(withMetric(next.toString(), 'filings-map', 'filings', 'filings'));
    expect(back.searchParams.has('filings-map')).toBe(false);
    expect(back.searchParams.get('gdp-vs-activity')).toBe('filings');
  });

  it('gives each view its own page; the first is the chart’s page', () => {
    expect(viewPath('filings-map', 'filings', true)).toBe('/charts/filings-map/');
    expect(viewPath('filings-map', 'gdp-2019', false)).toBe('/charts/filings-map/gdp-2019/');
    expect(viewPath('parks-table', undefined, false)).toBe('/charts/parks-table/');
  });
});
