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
      const shown = chart.views.find((v) => v.metric === undefined) ?? chart.views[0];
      if (shown?.list) {
        // A view that compares nothing is listed, not drawn: one line per place (or group).
        const items = figure.find('.chart-view:not([hidden]) .view-list li');
        expect(items.length).toBe(shown.list.length);
        expect(figure.find('.chart-view:not([hidden]) svg').length).toBe(0);
      } else if (chart.kind !== 'table') {
        // One drawing, or the same drawing at two artboards (narrow and wide).
        const svgs = figure.find('.chart-view:not([hidden]) svg.chart-svg');
        expect([1, 2]).toContain(svgs.length);
        svgs.each((_, element) => {
          const svg = $(element);
          expect(svg.attr('role')).toBe('img');
          expect(svg.children('title').text()).toBe(chart.title);
          expect(svg.children('desc').text().length).toBeGreaterThan(5);
          expect(svg.attr('viewBox')).toMatch(/^0 0 \d+ \d+$/);
        });
      }
      // A listing (the timeline's events) stands in for the table, one item per row.
      const rows = chart.listing
        ? figure.find('.timeline-list li').length
        : figure.find('.chart-data tbody tr').length;
      expect(rows).toBe(chart.table.rows.length);
      expect(rows).toBeGreaterThan(0);
      expect(chart.sources.length).toBeGreaterThan(0);
      // One credit line per view: at most three publishers of that view's values, the shown
      // view's line visible, and "等N份" linking to the full list when there are more.
      const lines = figure.find('.chart-source');
      expect(lines.length).toBe(chart.views.length);
      // A view's line is hidden with its view (on the line or on the block around it).
      expect(lines.filter((_, e) => $(e).closest('[hidden]').length === 0).length).toBe(1);
      chart.views.forEach((view, i) => {
        const line = lines.eq(i);
        const named = new Set(view.sources.map((s) => s.publisher)).size;
        const credited = line.find('a:not([href$="#sources"])').length + 0;
        expect(credited, `${id} view ${i}`).toBeLessThanOrEqual(3);
        const all = line.find(`a[href="/charts/${id}/#sources"]`);
        expect(all.length, `${id} view ${i}`).toBe(1);
        if (named > 3) expect(all.text()).toBe(`等${view.sources.length}份`);
      });
      // The full list, grouped, each document once, on the chart's page.
      const list = $('#sources .sources');
      expect(list.find('li').length).toBe(chart.sources.length);
      for (const source of chart.sources.filter((s) => s.url))
        expect(list.find(`a[href="${source.url}"]`).length, source.id).toBeGreaterThan(0);
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
    const shown = (code: string) =>
      $(`.metric-labels:not([display="none"]) .label[data-code="${code}"] .label-value`).text();
    expect(shown('360000')).toBe('无数据');
    expect(shown('430000')).toBe('13项');
    expect(fill('430000')).not.toBe(fill('410000'));
  });

  it('carries every metric’s fill and value for switching, and one legend and label set per metric', () => {
    const hunan = $('.region[data-code="430000"]');
    expect(hunan.attr('data-text-provincial-policies')).toBe('3项');
    expect($('.legend[data-legend]').length).toBe(3);
    expect($('.metric-labels[data-legend]').length).toBe(3);
    expect(
      $('[data-legend]:not([display="none"])')
        .map((_, e) => $(e).attr('data-legend'))
        .get(),
    ).toEqual(['filings', 'filings']);
  });
});
