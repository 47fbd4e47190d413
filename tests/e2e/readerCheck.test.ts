/**
 * The reader check: every story, chart and embed page at a phone's and a desktop's width, light
 * and dark, as Chromium renders it. Text at least 12 px, nothing cut off, no chart label drawn
 * over another, targets a thumb can hit, and no slug, code or internal note in what is shown.
 * The first block proves each rule catches its fault on a page made to have it.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../src/server/content.ts';
import { builtPages } from '../support/dist.ts';
import { inspect, inspectPage, internalMarkers, READER_RULES } from '../support/readerChecks.ts';
import { useServedSite } from '../support/servedSite.ts';

const site = useServedSite();

/** Ids, slugs and codes a reader must never see: each is the name of something in content/. */
function internalTokens(): Set<string> {
  const content = getContent();
  const tokens = new Set<string>(content.datasets.keys());
  for (const { data } of content.sources) tokens.add(data.id);
  for (const dataset of content.datasets.values()) {
    for (const column of Object.values(dataset.declaration.columns))
      for (const value of Object.keys(column.values ?? {}))
        if (/[-_]/.test(value) || /^[a-z]+$/.test(value)) tokens.add(value);
    for (const row of dataset.rows) {
      const id = row.data['id'] ?? row.data['code'];
      if (typeof id === 'string' && /[-_]|^\d{6}$/.test(id)) tokens.add(id);
      if (typeof id === 'number') tokens.add(String(id));
    }
  }
  // Plain English words used as enum values (city, policy) may appear in English source
  // titles; the hyphenated ones and the codes may not.
  return new Set([...tokens].filter((t) => /[-_]|^\d{6}$/.test(t)));
}

const widths = [360, 1280] as const;
const schemes = ['light', 'dark'] as const;

describe('the reader check catches what it is for', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
  });
  afterAll(() => context.close());

  const findings = async (html: string) => {
    const page = await context.newPage();
    await page.setContent(`<!doctype html><meta charset="utf-8"><body>${html}</body>`);
    const found = await page.evaluate(inspectPage, READER_RULES);
    await page.close();
    return found;
  };
  const drawing = (inner: string, width = 640) =>
    `<svg viewBox="0 0 ${width} 200" style="width:100%;display:block">${inner}</svg>`;

  it('text drawn at 11 px in a wide drawing shrunk to a phone', async () => {
    const found = await findings(drawing('<text x="10" y="50" font-size="11">湖南</text>'));
    expect(found.smallText.join()).toMatch(/湖南.*at [0-9.]+px/);
    const fine = await findings(drawing('<text x="10" y="50" font-size="13">湖南</text>', 320));
    expect(fine.smallText).toEqual([]);
    // A rotated axis title is measured along its own direction.
    const turned = (size: number) =>
      drawing(
        `<text transform="translate(20 150) rotate(-90)" font-size="${size}">备案数</text>`,
        320,
      );
    expect((await findings(turned(13))).smallText).toEqual([]);
    expect((await findings(turned(9))).smallText.join()).toMatch(/备案数.*at [0-9.]+px/);
  });

  it('a label running out of its drawing, and a page wider than the window', async () => {
    const found = await findings(
      drawing('<text x="300" y="50" font-size="16">链公共服务平台</text>', 320) +
        '<div style="width:500px">宽</div>',
    );
    expect(found.clipped.join()).toMatch(/链公共服务平台.*outside its drawing/);
    expect(found.clipped.join()).toMatch(/page is \d+px wide/);
  });

  it('two labels drawn over each other', async () => {
    const found = await findings(
      drawing(
        '<text x="10" y="50" font-size="16">20,000</text><text x="40" y="52" font-size="16">40,000</text>',
        320,
      ),
    );
    expect(found.overlaps.join()).toMatch(/20,000.*overlaps.*40,000/);
  });

  it('a 5×5 px mark and a tiny button', async () => {
    const found = await findings(
      drawing('<rect class="event" tabindex="0" x="10" y="10" width="5" height="5"/>', 320) +
        '<button style="font-size:12px;padding:0">x</button>',
    );
    expect(found.smallTargets.join()).toMatch(/event.*5×5px/);
    expect(found.smallTargets.join()).toMatch(/button/);
  });

  it('a slug, a place code and a research note in visible text', () => {
    const tokens = new Set(['blockchain-firm', '430000']);
    const text =
      '类型：blockchain-firm；地区：430000；见 conflicts.yaml。A journalist should re-source';
    expect(internalMarkers(text, tokens)).toEqual(
      expect.arrayContaining(['blockchain-firm', '430000', 'conflicts.yaml', 'A journalist']),
    );
    expect(internalMarkers('湖南13项；sh-regulator.com；2019年；54,259.2亿元', tokens)).toEqual([]);
  });
});

const pages = builtPages().filter((path) => /^\/(stories|charts|embed)\/[^/]+\//.test(path));
const tokens = internalTokens();

describe.each(widths.flatMap((width) => schemes.map((scheme) => [width, scheme] as const)))(
  'every story, chart and embed page at %i px, %s',
  (width, colorScheme) => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    });
    afterAll(() => context.close());

    it.each(pages)('%s reads well', async (path) => {
      const page = await context.newPage();
      const found = await inspect(page, site.server.origin + path);
      await page.close();
      const { visibleText, ...problems } = found;
      expect({
        ...problems,
        markers: internalMarkers(visibleText, tokens),
      }).toEqual({ smallText: [], clipped: [], overlaps: [], smallTargets: [], markers: [] });
    });
  },
);
