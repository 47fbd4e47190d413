/**
 * Every map chart of content/charts renders as a tile map: each real chart file is switched to
 * `map: tiles` and built on the real content, then checked against its boundary version: the
 * same places, values, fills, legend, summary and metric switch, no boundary drawn, text no
 * smaller than on the boundary map, and every label inside its tile.
 */
import { describe, expect, it } from 'vitest';
import { loadChartDefinitions, type ChartFile } from '../../../src/lib/charts/chartDefinitions.ts';
import { placeMapLabels } from '../../../src/lib/charts/mapLabels.ts';
import { TILES_MARK } from '../../../src/lib/charts/mapCredit.ts';
import { TILE } from '../../../src/lib/charts/tileMap.ts';
import { ContentError } from '../../../src/lib/data/contentError.ts';
import type { TileLayout } from '../../../src/lib/geo/tiles.ts';
import { textWidth } from '../../../src/lib/format/textWidth.ts';
import { GEO, renderChart, type RenderedChart } from '../../../src/server/charts.ts';
import { readChartFiles } from '../../../src/server/chartFiles.ts';
import { getContent } from '../../../src/server/content.ts';
import { standaloneSvg } from '../../../src/server/render/standaloneSvg.ts';
import { readSiteSettings, readTiles } from '../../../src/server/siteSettings.ts';

const content = getContent();
const { tiles } = readTiles(content);
const site = readSiteSettings().config?.map;
const maps = readChartFiles().filter((f) => /^kind:\s*choropleth\b/m.test(f.text));
const asTiles = (file: ChartFile): ChartFile => ({
  ...file,
  text: `${file.text.replace(/^map:.*\n/m, '')}\nmap: tiles\n`,
});
const render = (file: ChartFile, layout: TileLayout = tiles): RenderedChart => {
  const [chart] = loadChartDefinitions([file], content, GEO, layout);
  if (!chart) throw new Error(`no chart from ${file.path}`);
  return renderChart(chart, content, site);
};
const attr = (markup: string, name: string) =>
  [...markup.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
const central = content.places.filter((p) => p.data.central).map((p) => p.data.code);

describe('every map chart as tiles', () => {
  it('finds the map charts', () => {
    expect(maps.map((f) => f.path)).toEqual([
      'content/charts/filings-map.yaml',
      'content/charts/hunan-cities-map.yaml',
    ]);
  });

  it.each(maps.map((f) => [f.path, f] as const))('%s', (_, file) => {
    const boundaries = render(file);
    const tiled = render(asTiles(file));
    expect(tiled.mapCredit).toEqual({ status: 'tiles', lines: [TILES_MARK] });
    expect(boundaries.mapCredit?.status).not.toBe('tiles');
    expect(tiled.summary).toBe(boundaries.summary);
    expect(tiled.switchMode).toBe(boundaries.switchMode);
    expect(tiled.views.map((v) => v.summary)).toEqual(boundaries.views.map((v) => v.summary));
    for (const [i, view] of tiled.views.entries()) {
      const svg = view.svg?.markup ?? '';
      const before = boundaries.views[i]?.svg?.markup ?? '';
      expect(svg).toContain('chart-svg-tiles');
      // One equal tile per central province, with the same codes, values and fills.
      const regions = [...svg.matchAll(/<path class="region[^"]*"[^>]*>/g)].map((m) => m[0]);
      expect(regions).toHaveLength(central.length);
      expect(attr(svg, 'data-code').filter((c) => central.includes(c))).toEqual(
        expect.arrayContaining(central),
      );
      for (const name of ['data-fill-[a-z0-9-]+', 'data-text-[a-z0-9-]+', 'data-legend'])
        expect(attr(svg, name).sort()).toEqual(attr(before, name).sort());
      // No boundary: no prefecture borders, no city outline, every mark a tile-sized square.
      expect(svg).not.toContain('prefecture');
      expect(svg.includes('region highlight')).toBe(before.includes('region highlight'));
      for (const d of attr(svg.replace(/<pattern[\s\S]*?<\/pattern>/, ''), ' d'))
        expect(d).toMatch(new RegExp(`h${TILE.size - 2 * TILE.corner}a`));
      // Text at least as large as the boundary map's smallest (13: 12 px at phone width).
      const sizes = attr(svg, 'font-size').map(Number);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
      expect(view.svg?.width).toBeLessThanOrEqual(330);
    }
  });

  it('the exported SVG (and so any PNG made from it) prints each map’s credit', () => {
    for (const file of maps) {
      for (const chart of [render(file), render(asTiles(file))]) {
        const svg = standaloneSvg(chart);
        for (const line of chart.mapCredit?.lines ?? ['no credit']) {
          // Long lines wrap: compare the text with the line breaks taken out.
          const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
          expect(text.replaceAll('&amp;', '&')).toContain(line);
        }
      }
    }
  });

  it('labels fit inside their tiles, for every metric', () => {
    for (const file of maps) {
      const chart = loadChartDefinitions([asTiles(file)], content, GEO, tiles)[0];
      if (chart?.kind !== 'choropleth') throw new Error('not a map');
      const spec = chart.model.views[0]?.spec.map;
      if (!spec) throw new Error('no map');
      for (const metric of spec.metrics) {
        const placed = placeMapLabels(
          spec.regions.map((r) => ({
            code: r.code,
            name: r.name,
            value: r.values[metric.id]?.text ?? '',
            note: spec.tileNotes?.[r.code],
            ...r.label,
          })),
          spec.width,
        );
        for (const label of placed) {
          const widest = Math.max(...label.lines.map((l) => textWidth(l.text, l.size)));
          expect(widest, `${file.path} ${metric.id} ${label.code}`).toBeLessThanOrEqual(
            TILE.size - 8,
          );
          const last = label.lines.at(-1);
          const tileTop =
            (spec.regions.find((r) => r.code === label.code)?.label.y ?? 0) - TILE.size * 0.42;
          expect(label.y + (last?.dy ?? 0) + 4).toBeLessThanOrEqual(tileTop + TILE.size);
        }
      }
    }
  });

  it('names the marked cities inside their province’s tile instead of outlining them', () => {
    const file = maps.find((f) => f.path.endsWith('hunan-cities-map.yaml'));
    if (!file) throw new Error('no hunan-cities-map');
    const svg = render(asTiles(file)).views[0]?.svg?.markup ?? '';
    expect(svg).toMatch(/<g class="label" data-code="430000"[^>]*>.*?含长沙、娄底<\/text>/);
    expect(svg).not.toContain('city-label');
  });

  it('a place without a tile is a problem in the chart file, naming it and the fix', () => {
    const file = asTiles(maps[0] as ChartFile);
    const partial = new Map([...tiles].filter(([code]) => code !== '430000'));
    let error: unknown;
    try {
      render(file, partial);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const [problem] = (error as ContentError).problems;
    expect(problem).toMatchObject({
      file: 'content/charts/filings-map.yaml',
      line: file.text.split('\n').indexOf('map: tiles') + 1,
      field: 'map',
      expected: 'a tile in content/geo/tiles.yaml for every place the map shows',
      found: 'none for 430000 (湖南)',
    });
    expect(problem?.hint).toContain('- { code: 430000, name: 湖南');
  });
});
