// The map's review number and boundary source (content/site.yaml), the tile layout
// (content/geo/tiles.yaml), what every map prints, and the publication build's gate.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  boundaryMaps,
  boundaryMapWarning,
  isPublishBuild,
  publicationProblems,
} from '../../../src/lib/charts/mapCompliance.ts';
import { mapCredit, SCHEMATIC_MARK, TILES_MARK } from '../../../src/lib/charts/mapCredit.ts';
import { readTileLayout } from '../../../src/lib/geo/tiles.ts';
import { readSiteConfig, reviewNumberProblem } from '../../../src/lib/site/siteConfig.ts';
import { readChartFiles } from '../../../src/server/chartFiles.ts';

const site = readFileSync('content/site.yaml', 'utf8');
const withNumber = (value: string) =>
  site.replace(/^ {2}review_number:.*$/m, `  review_number: ${value}`);
const lineOf = (text: string, start: string) =>
  text.split('\n').findIndex((l) => l.trimStart().startsWith(start)) + 1;

describe('content/site.yaml', () => {
  it('reads the real file: no review number yet, the boundary source in full', () => {
    const { config, problems } = readSiteConfig(site);
    expect(problems).toEqual([]);
    expect(config?.map.review_number).toBeUndefined();
    expect(config?.map.boundary_source).toMatchObject({ year: 2017 });
    expect(config?.map.boundary_source.url).toMatch(/^https:\/\//);
  });

  it.each(['GS(2019)1822号', '湘S(2020)012号', 'GS（2016）2923号', 'GS京(2022)1061号'])(
    'accepts the review number %s',
    (number) => {
      expect(reviewNumberProblem(number)).toBeUndefined();
      expect(readSiteConfig(withNumber(number)).config?.map.review_number).toBe(number);
    },
  );

  it('a label pasted with the number: the fix is the number alone', () => {
    const text = withNumber('审图号：GS(2019)1822号');
    expect(readSiteConfig(text).problems).toEqual([
      expect.objectContaining({
        file: 'content/site.yaml',
        line: lineOf(text, 'review_number'),
        field: 'map.review_number',
        found: '"审图号：GS(2019)1822号"',
        hint: 'write the number alone: "GS(2019)1822号" (the site prints 审图号： before it)',
      }),
    ]);
  });

  it.each(['GS(2019)1822', '2019-1822', 'GS1822号'])('refuses %s, saying the form', (bad) => {
    const [problem] = readSiteConfig(withNumber(bad)).problems;
    expect(problem?.expected).toMatch(/GS\(2019\)1822号 or 湘S\(2020\)012号/);
    expect(problem?.hint).toMatch(/exactly as printed on the approval/);
  });

  it('a missing source field and an unknown field, with their lines', () => {
    const text = site.replace(/^ {4}year:.*\n/m, '').replace('  review_number:', '  review_numbr:');
    const problems = readSiteConfig(text).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'map.boundary_source.year',
        expected: expect.stringMatching(/year/),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        line: lineOf(text, 'review_numbr'),
        field: 'map.review_numbr',
        hint: 'did you mean "review_number"?',
      }),
    );
    expect(readSiteConfig(undefined).problems[0]).toMatchObject({
      file: 'content/site.yaml',
      found: 'no such file',
    });
  });
});

describe('content/geo/tiles.yaml', () => {
  const codes = new Set(['140000', '410000', '430000']);
  const text = [
    '- { code: 140000, row: 0, col: 0 }',
    '- { code: 410000, row: 1, col: 0 }',
    '- { code: 430000, row: 1, col: 0 }',
    '- { code: 140000, row: 3, col: 0 }',
    '- { code: 999999, row: 4, col: 0 }',
    '- { code: 430000, row: -1, col: 0 }',
  ].join('\n');

  it('two tiles on one square, a place twice, an unknown place, a bad row: each with its line', () => {
    const { tiles, problems } = readTileLayout(text, codes);
    expect([...tiles.keys()]).toEqual(['140000', '410000']);
    expect(problems.find((p) => p.line === 6)?.expected).toBe('a row number from 0 to 9');
    expect(problems.map((p) => [p.line, p.field, p.found])).toEqual([
      [6, 'row', '-1'],
      [3, 'row', 'row 1, col 0 already taken by 410000'],
      [4, 'code', 'a second tile for 140000'],
      [5, 'code', '"999999"'],
    ]);
  });

  it('the real layout places each central province on its own square', () => {
    const real = readFileSync('content/geo/tiles.yaml', 'utf8');
    const central = ['140000', '340000', '360000', '410000', '420000', '430000'];
    const { tiles, problems } = readTileLayout(real, new Set(central));
    expect(problems).toEqual([]);
    expect([...tiles.keys()].sort()).toEqual(central);
  });
});

describe('what a map prints', () => {
  const source = {
    publisher: '某出版者',
    title: '某地图',
    year: 2019,
    url: 'https://example.org/map',
  };

  it('with a review number: the number, then the boundary source', () => {
    expect(
      mapCredit('boundaries', { review_number: 'GS(2019)1822号', boundary_source: source }),
    ).toEqual({
      status: 'reviewed',
      lines: [
        '审图号：GS(2019)1822号',
        '边界来源：某出版者《某地图》，2019年，https://example.org/map',
      ],
      source,
    });
  });

  it('without one: the schematic mark first; a tile map: its own line, no review number', () => {
    expect(mapCredit('boundaries', { boundary_source: source }).lines[0]).toBe(SCHEMATIC_MARK);
    expect(
      mapCredit('tiles', { review_number: 'GS(2019)1822号', boundary_source: source }),
    ).toEqual({ status: 'tiles', lines: [TILES_MARK] });
  });
});

describe('the publication gate', () => {
  const files = readChartFiles();
  const maps = boundaryMaps(files);

  it('finds the real boundary maps, at their kind line', () => {
    expect(maps).toEqual([
      { file: 'content/charts/filings-map.yaml', line: 1 },
      { file: 'content/charts/hunan-cities-map.yaml', line: 1 },
    ]);
  });

  it('a chart switched to tiles is no boundary map; map: boundaries still is, at its line', () => {
    const tiles = {
      path: 'content/charts/a.yaml',
      text: 'kind: choropleth\ntitle: x\nmap: tiles\n',
    };
    const explicit = {
      path: 'content/charts/b.yaml',
      text: 'kind: choropleth\ntitle: x\nmap: boundaries\n',
    };
    expect(boundaryMaps([tiles, explicit])).toEqual([{ file: 'content/charts/b.yaml', line: 3 }]);
  });

  it('without a review number: one problem per boundary map, with both fixes', () => {
    const problems = publicationProblems(maps, undefined);
    expect(problems.map((p) => p.file)).toEqual(maps.map((m) => m.file));
    expect(problems[0]).toMatchObject({ line: 1, field: 'map' });
    expect(problems[0]?.hint).toBe(
      'write "map: tiles" in this chart file, or write the map\'s review number as map.review_number in content/site.yaml',
    );
    expect(publicationProblems(maps, 'GS(2019)1822号')).toEqual([]);
  });

  it('the build warning names the charts, and is silent with a review number', () => {
    expect(boundaryMapWarning(maps, undefined)).toMatch(
      /content\/charts\/filings-map\.yaml, content\/charts\/hunan-cities-map\.yaml/,
    );
    expect(boundaryMapWarning(maps, 'GS(2019)1822号')).toBeUndefined();
    expect(boundaryMapWarning([], undefined)).toBeUndefined();
  });

  it.each([
    ['1', true],
    ['true', true],
    ['yes', true],
    ['', false],
    ['0', false],
    ['false', false],
    [undefined, false],
  ])('PUBLISH=%s is a publication build: %s', (value, expected) => {
    expect(isPublishBuild(value === undefined ? {} : { PUBLISH: value })).toBe(expected);
  });
});
