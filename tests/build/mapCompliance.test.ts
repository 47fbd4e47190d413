// Map compliance in the built site. Without a review number (the repository today) every map
// figure and exported map SVG carries the schematic mark. In a copy of the project: a publication
// build (PUBLISH=1) stops naming each boundary map and both fixes; with a review number
// configured and one chart switched to tiles it builds, the number is on every boundary map's
// page, story figure, embed and SVG, and the tile map carries its own line instead.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMATIC_MARK, TILES_MARK } from '../../src/lib/charts/mapCredit.ts';
import { assertBuilt, DIST } from '../support/dist.ts';
import { buildCopy, copyProject } from '../support/projectCopy.ts';

const MAPS = ['filings-map', 'hunan-cities-map'];

/** Each HTML page of a built site with the ids of the map figures on it and their credit text. */
function mapFigures(dist: string): { page: string; id: string; credit: string }[] {
  const found: { page: string; id: string; credit: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const $ = load(readFileSync(full, 'utf8'));
        $('figure.chart-choropleth').each((_, figure) => {
          found.push({
            page: `/${relative(dist, full)}`,
            id: ($(figure).attr('id') ?? '').replace(/^chart-/, ''),
            credit: $(figure).find('.map-credit').text().replace(/\s+/g, ''),
          });
        });
      }
    }
  };
  walk(dist);
  return found;
}

const svgText = (dist: string, id: string) =>
  load(readFileSync(join(dist, 'charts', `${id}.svg`), 'utf8'), { xml: true })('svg')
    .first()
    .text();

/** Every kind of place a map is shown: its page, a story, an embed. */
function expectEverywhere(figures: ReturnType<typeof mapFigures>, id: string): void {
  const pages = figures.filter((f) => f.id === id).map((f) => f.page);
  expect(pages.some((p) => p.startsWith(`/charts/${id}/`))).toBe(true);
  expect(pages.some((p) => p.startsWith(`/embed/${id}/`))).toBe(true);
  expect(pages.some((p) => p.startsWith('/stories/'))).toBe(true);
}

describe('the built site without a review number', () => {
  beforeAll(assertBuilt);

  it('marks every map figure and every map SVG as a schematic, with the boundary source', () => {
    const figures = mapFigures(DIST);
    for (const id of MAPS) expectEverywhere(figures, id);
    for (const figure of figures) {
      expect(figure.credit, figure.page).toContain(SCHEMATIC_MARK);
      expect(figure.credit, figure.page).toContain('边界来源：');
    }
    for (const id of MAPS) {
      expect(svgText(DIST, id)).toContain(SCHEMATIC_MARK);
      expect(svgText(DIST, id)).toContain('边界来源：');
    }
  });
});

describe('a publication build', () => {
  const project = copyProject('map-publish-');
  const site = join(project.dir, 'content/site.yaml');
  afterAll(() => project.remove());

  it('without a review number stops, naming each boundary map and both fixes', () => {
    const { status, output } = buildCopy(project.dir, 120_000, { PUBLISH: '1' });
    expect(status, output.slice(-2000)).not.toBe(0);
    for (const id of MAPS)
      expect(output).toContain(
        `content/charts/${id}.yaml:1, field "map": expected a tile map, or a map review number (审图号) in content/site.yaml`,
      );
    expect(output).toContain(
      'Fix: write "map: tiles" in this chart file, or write the map\'s review number as map.review_number in content/site.yaml.',
    );
    // A content problem, not a crash: no stack trace.
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  }, 120_000);

  it('with a review number builds; the number is on every boundary map, tiles say they are tiles', () => {
    const number = 'GS(2099)0001号'; // a made-up number, valid in form
    writeFileSync(
      site,
      readFileSync(site, 'utf8').replace(/^ {2}review_number:.*$/m, `  review_number: ${number}`),
    );
    const tiles = join(project.dir, 'content/charts/hunan-cities-map.yaml');
    writeFileSync(tiles, `${readFileSync(tiles, 'utf8')}map: tiles\n`);
    const { status, output } = buildCopy(project.dir, 180_000, { PUBLISH: '1' });
    expect(status, output.slice(-2000)).toBe(0);
    expect(output).not.toContain('no map review number');
    const dist = join(project.dir, 'dist');
    const figures = mapFigures(dist);
    for (const id of MAPS) expectEverywhere(figures, id);
    for (const figure of figures.filter((f) => f.id === 'filings-map')) {
      expect(figure.credit, figure.page).toContain(`审图号：${number}`);
      expect(figure.credit, figure.page).not.toContain(SCHEMATIC_MARK);
    }
    for (const figure of figures.filter((f) => f.id === 'hunan-cities-map')) {
      expect(figure.credit, figure.page).toBe(TILES_MARK);
    }
    expect(svgText(dist, 'filings-map')).toContain(`审图号：${number}`);
    expect(svgText(dist, 'hunan-cities-map')).toContain(TILES_MARK);
    expect(svgText(dist, 'hunan-cities-map')).not.toContain('审图号');
    const page = readFileSync(join(dist, 'charts/hunan-cities-map/index.html'), 'utf8');
    expect(page).toContain('chart-svg-tiles');
    expect(page).toContain('含长沙、娄底');
  }, 180_000);
});
