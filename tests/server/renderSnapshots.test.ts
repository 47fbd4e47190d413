// SVG snapshots of each chart kind, built from the fixture content through the registry and the
// renderers. A changed snapshot is a changed picture: review the diff. Vitest writes a missing
// snapshot only outside CI; in CI a missing or different snapshot fails.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTestChart, renderTestChartDrawn } from '../support/charts.ts';

const snapshot = (name: string) => join(import.meta.dirname, '..', 'snapshots', name);
const filings = `  - id: filings\n    label: 备案数\n    unit: 项\n    data: filings-provinces\n    value: services\n`;
const gdp = `  - id: gdp\n    data: gdp\n    value: gdp_yi\n`;

const charts: Record<string, string> = {
  choropleth: `kind: choropleth\ntitle: 备案数\nhighlight: 430000\nmetrics:\n${filings}${gdp}annotations:\n  - text: 注\n    at: 430000\n`,
  bar: `kind: bar\ntitle: 备案数\nhighlight: 430000\nmetrics:\n${filings}`,
  scatter: `kind: scatter\ntitle: t\nhighlight: 430000\nx:\n  id: gdp\n  data: gdp\n  value: gdp_yi\nmetrics:\n${filings}`,
  line: `kind: line\ntitle: t\ndata: gdp-series\nvalue: gdp_yi\nhighlight: 430000\nannotations:\n  - text: 修订\n    at: 2018\n`,
  timeline: `kind: timeline\ntitle: t\ndata: events\nlabel: summary_zh\nlane: province\ncolour: level\nalso:\n  - data: parks\n    label: name_zh\n    lane: province\n    colour: level\n`,
};

describe('chart SVG snapshots', () => {
  it.each(Object.entries(charts))('%s', async (kind, text) => {
    const chart = renderTestChartDrawn(text);
    const svg = chart.views[0]?.svg;
    expect(svg?.markup).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="[^"]+"/);
    // A strict CSP forbids inline styles: presentation attributes only.
    expect(svg?.markup).not.toMatch(/ style="|<style/);
    expect(svg?.markup.endsWith('</svg>')).toBe(true);
    await expect(svg?.markup).toMatchFileSnapshot(snapshot(`${kind}.svg`));
    // The phone layout of the same view, for the kinds drawn at two artboards.
    const narrow = chart.views[0]?.narrow;
    if (narrow) await expect(narrow.markup).toMatchFileSnapshot(snapshot(`${kind}.narrow.svg`));
  });

  it('a table chart has no picture, only its table', () => {
    const chart = renderTestChart(`kind: table\ntitle: t\ndata: parks\n`);
    expect(chart.views[0]?.svg).toBeUndefined();
    expect(chart.table.rows.length).toBe(2);
  });
});
