// The build's images (issue 14): a PNG of every chart view, 1080 px wide, legible when a phone
// shows it 360 px wide; and a 1200×630 share card for every story and chart page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { assertBuilt, builtPages, DIST, readBuilt } from '../support/dist.ts';
import { decodePng } from '../support/png.ts';
import { drawnTexts } from '../support/svgText.ts';

beforeAll(assertBuilt);

const PHONE = 360;
const MB = 1024 * 1024;

/** Every chart view the site has a page for: [chart, metric or '' for the default view]. */
function chartViews(): [string, string][] {
  const charts = readdirSync(join(DIST, 'charts'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''));
  return charts.flatMap((id): [string, string][] => [
    [id, ''],
    ...readdirSync(join(DIST, 'charts', id), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry): [string, string] => [id, entry.name]),
  ]);
}

const views = existsSync(join(DIST, 'charts')) ? chartViews() : [];

describe.each(views)('the image of chart %s, view "%s"', (id, metric) => {
  const base = metric === '' ? join(DIST, 'charts', id) : join(DIST, 'charts', id, metric);

  it('is a decodable PNG, 1080 px wide and under 1 MB', () => {
    const png = decodePng(readFileSync(`${base}.png`));
    expect(png.width).toBe(1080);
    expect(png.bytes).toBeLessThan(MB);
  });

  it('is drawn from the phone layout, where no text is under 12 px (36 image px)', () => {
    const svg = readFileSync(`${base}.svg`, 'utf8');
    const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
    expect(Number(width)).toBe(PHONE);
    const png = decodePng(readFileSync(`${base}.png`));
    expect(png.height).toBe(Math.round((Number(height) * png.width) / Number(width)));
    const texts = drawnTexts(svg);
    expect(texts.length).toBeGreaterThan(5);
    const smallest = texts.reduce((a, b) => (b.size < a.size ? b : a));
    const imagePx = (smallest.size * png.width) / Number(width);
    expect(imagePx, `"${smallest.text}" is ${imagePx.toFixed(1)} image px`).toBeGreaterThanOrEqual(
      36,
    );
  });

  it('carries its title, its credit line and the site’s address', () => {
    const texts = drawnTexts(readFileSync(`${base}.svg`, 'utf8')).map((t) => t.text);
    const page = load(readBuilt(metric === '' ? `/charts/${id}/` : `/charts/${id}/${metric}/`));
    // The title the page shows for this view (the others' captions are hidden).
    const title = page('figure .caption-text:not([hidden]) .chart-title').first().text().trim();
    expect(title.length).toBeGreaterThan(4);
    expect(texts.join('')).toContain(title);
    expect(texts.some((t) => t.startsWith('来源：'))).toBe(true);
    expect(texts.join('')).toContain(`central-china-chain.example/charts/${id}/`);
  });
});

describe('share cards', () => {
  const cardOf = (path: string) => {
    const $ = load(readBuilt(path));
    return {
      image: $('meta[property="og:image"]').attr('content') ?? '',
      width: $('meta[property="og:image:width"]').attr('content'),
      card: $('meta[name="twitter:card"]').attr('content'),
      twitter: $('meta[name="twitter:image"]').attr('content'),
      alt: $('meta[property="og:image:alt"]').attr('content') ?? '',
    };
  };

  it('every page has an og:image that exists and is 1200×630', () => {
    const pages = builtPages().filter(
      (p) => !p.startsWith('/embed/') && !p.startsWith('/pagefind'),
    );
    expect(pages.length).toBeGreaterThan(views.length);
    for (const path of pages) {
      const meta = cardOf(path);
      expect(meta.image, path).toMatch(new RegExp(`^${SITE}/og/.+\\.png$`));
      const png = decodePng(readFileSync(join(DIST, meta.image.slice(SITE.length))));
      expect([png.width, png.height], path).toEqual([1200, 630]);
      expect(meta.width).toBe('1200');
      expect(meta.card).toBe('summary_large_image');
      expect(meta.twitter).toBe(meta.image);
      expect(meta.alt.length, path).toBeGreaterThan(4);
    }
  });

  it('every story and chart view page has a card of its own', () => {
    const pages = builtPages().filter((p) => /^\/(stories|charts)\/[^/]+\/([^/]+\/)?$/.test(p));
    expect(pages.length).toBe(views.length + readdirSync(join(DIST, 'stories')).length);
    const cards = pages.map((path) => cardOf(path).image);
    expect(new Set(cards).size).toBe(pages.length);
    expect(cards.filter((c) => c.endsWith('/og/site.png'))).toEqual([]);
  });
});
