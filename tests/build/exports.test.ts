import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { csvParseRows } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCharts } from '../../src/server/charts.ts';
import { assertBuilt, DIST, readBuilt } from '../support/dist.ts';

const charts = getCharts();
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe('every chart’s exports', () => {
  beforeAll(assertBuilt);

  it.each(charts.map((c) => [c.id, c] as const))(
    '%s: SVG, CSV, JSON, oEmbed and embed pages exist and agree',
    (id, chart) => {
      const svg = load(read(`charts/${id}.svg`), { xml: true });
      expect(svg('svg').first().attr('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect(svg('svg > title').first().text()).toBe(chart.title);
      expect(svg('svg').first().text()).toContain('来源：');

      const csv = read(`data/${id}.csv`);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = csvParseRows(csv.slice(1).trimEnd());
      expect(header).toEqual(chart.csv.columns);
      expect(rows).toEqual(chart.csv.rows.map((r) => r.map((c) => (c === null ? '' : String(c)))));
      expect(rows.length).toBeGreaterThan(0);
      expect(header?.at(-1)).toBe('sources');

      const meta = JSON.parse(read(`charts/${id}.json`));
      expect(meta.sources.map((s: { id: string }) => s.id)).toEqual(chart.sources.map((s) => s.id));
      expect(meta.licence).toBe('CC BY 4.0');
      expect(meta.dataHash).toMatch(/^sha256:[0-9a-f]{16}$/);

      const oembed = JSON.parse(read(`oembed/${id}.json`));
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: chart.title });
      expect(oembed.html).toContain(`data-ccc-embed="${id}"`);
      const page = load(readBuilt(`/charts/${id}/`));
      expect(page('link[type="application/json+oembed"]').attr('href')).toBe(`/oembed/${id}.json`);
      expect(page('textarea.embed-code').text()).toBe(meta.embed.code);

      // Every view compact and full; the first view's metric is the embed's own address.
      const views = chart.views.map((v, i) => (i === 0 || !v.metric ? '' : `${v.metric}/`));
      for (const path of views.flatMap((v) => [v, `${v}full/`])) {
        const embed = load(readBuilt(`/embed/${id}/${path}`));
        expect(embed('html').attr('data-embed')).toBe(id);
        expect(embed('.site-header').length).toBe(0);
        expect(embed('figure[data-chart]').length).toBe(1);
        expect(embed('base').attr('target')).toBe('_top');
        expect(embed('script:not([src])').length).toBe(0);
        // The theme is set by a blocking script before anything is drawn: first in the head.
        const first = embed('head script').first();
        expect(first.attr('src')).toBe('/embed-theme.js');
        expect(first.attr('type') ?? '').toBe('');
        expect(first.attr('async') ?? first.attr('defer')).toBeUndefined();
        expect(embed('head link[rel="stylesheet"]').length).toBeGreaterThan(0);
        const shown = embed('.metric-switch a[aria-current="true"]').attr('data-metric');
        if (chart.views.length > 1)
          expect(`${shown}/`).toBe(path.replace(/full\/$/, '') || `${chart.views[0]?.metric}/`);
        expect(embed('.chart-compact').length).toBe(path.endsWith('full/') ? 0 : 1);
      }
    },
  );

  it('serves a small theme script that accepts only the listed themes', () => {
    const script = read('embed-theme.js');
    expect(script.length).toBeLessThan(600);
    expect(script).toContain('"light"');
  });

  it('serves a small loader with no inline script needed', () => {
    const loader = read('embed.js');
    expect(loader.length).toBeLessThan(2000);
    expect(loader).toContain('ccc-embed-height');
  });
});
