import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCharts } from '../../src/server/charts.ts';
import { assertBuilt, readBuilt } from '../support/dist.ts';

const charts = getCharts();

describe('every chart in the built site', () => {
  beforeAll(assertBuilt);

  it('has chart definitions to test', () => {
    expect(charts.length).toBeGreaterThanOrEqual(8);
  });

  it.each(charts.map((c) => [c.id, c] as const))(
    '%s has its page with figure, summary, data and sources',
    (id, chart) => {
      const $ = load(readBuilt(`/charts/${id}/`));
      const figure = $(`figure[data-chart="${id}"]`);
      expect(figure.length).toBe(1);
      // One title per view; only the shown (first) view's is visible.
      expect(figure.find('.caption-text:not([hidden]) .chart-title').text()).toBe(
        chart.views[0]?.title,
      );
      expect(figure.find('.caption-text:not([hidden])').length).toBe(1);
      expect(figure.find('.chart-summary').text().length).toBeGreaterThan(5);
      if (chart.kind !== 'table') {
        const svg = figure.find('.chart-view:not([hidden]) svg');
        expect(svg.attr('role')).toBe('img');
        expect(svg.find('title').text()).toBe(chart.title);
        expect(svg.find('desc').text().length).toBeGreaterThan(5);
        expect(svg.attr('viewBox')).toMatch(/^0 0 \d+ \d+$/);
      }
      // A listing (the timeline's events) stands in for the table, one item per row.
      const rows = chart.listing
        ? figure.find('.timeline-list li').length
        : figure.find('.chart-data tbody tr').length;
      expect(rows).toBe(chart.table.rows.length);
      expect(rows).toBeGreaterThan(0);
      expect(chart.sources.length).toBeGreaterThan(0);
      // The credit line of the shown view, one per view, the others hidden.
      const sources = chart.views[0]?.sources ?? [];
      const credit = figure.find('div.view-part:not([hidden])');
      expect(credit.length).toBe(1);
      const publishers = new Set(sources.map((s) => s.publisher));
      expect(credit.find('.chart-source a').length).toBeGreaterThanOrEqual(publishers.size);
      if (sources.length > 1)
        expect(credit.find('.chart-documents li').length).toBe(sources.length);
      for (const source of sources.filter((s) => s.url))
        expect(credit.find(`a[href="${source.url}"]`).length, source.id).toBeGreaterThan(0);
    },
  );

  it.each(charts.filter((c) => c.views.length > 1).map((c) => [c.id, c] as const))(
    '%s opens on every metric through a plain link',
    (id, chart) => {
      for (const [i, view] of chart.views.entries()) {
        const path = i === 0 ? `/charts/${id}/` : `/charts/${id}/${view.metric}/`;
        const $ = load(readBuilt(path));
        expect($(`.metric-switch a[aria-current="true"]`).attr('data-metric'), path).toBe(
          view.metric,
        );
        expect($('.metric-switch a').length).toBe(chart.views.length);
        expect($('.chart-summary').text()).toBe(view.summary);
      }
    },
  );

  it('lists every chart on /charts/', () => {
    const $ = load(readBuilt('/charts/'));
    for (const chart of charts)
      expect($(`a[href="/charts/${chart.id}/"]`).length, chart.id).toBe(1);
  });
});

describe('the filings choropleth', () => {
  const $ = load(readBuilt('/charts/filings-map/'));
  const fill = (code: string) => $(`.region[data-code="${code}"]`).attr('fill') ?? '';

  it('draws the six provinces, Hunan darkest and the provinces without data hatched, never as zero', () => {
    expect($('.region').length).toBe(6);
    expect(fill('360000')).toMatch(/^url\(#.*hatch\)$/);
    expect(fill('140000')).toMatch(/^url\(#.*hatch\)$/);
    expect($('.label[data-code="360000"] .value').text()).toBe('无数据');
    expect($('.label[data-code="430000"] .value').text()).toBe('13 项');
    expect(fill('430000')).not.toBe(fill('410000'));
  });

  it('carries every metric’s fill and value for switching, and one legend per metric', () => {
    const hunan = $('.region[data-code="430000"]');
    expect(hunan.attr('data-text-provincial-parks')).toBe('2 个');
    expect($('[data-legend]').length).toBe(4);
    expect($('[data-legend]:not([display="none"])').attr('data-legend')).toBe('filings');
  });
});
