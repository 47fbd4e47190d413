// Cross-origin embedding: the site on one port, a host page on another that holds only the
// copied embed code. The iframe must size itself, hosts with Datawrapper's listener must work,
// hostile messages must change nothing, and without JavaScript the reserved height must hold.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';
import { useServedSite } from '../support/servedSite.ts';
import { embedSnippet, reservedAt, type EmbedOptions } from '../../src/lib/embed/snippet.ts';

const site = useServedSite();
const CHART = 'filings-map';
let host: Server;
let hostOrigin = '';
const pages = new Map<string, string>();

// Datawrapper's public resize listener, as hosts paste it.
const DATAWRAPPER_LISTENER = `!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r,i=0;r=e[i];i++)if(r.contentWindow===a.source){var d=a.data["datawrapper-height"][t]+"px";r.style.height=d}}}))}();`;

function embedCode(chart = CHART): string {
  const meta = JSON.parse(readFileSync(join(DIST, 'charts', `${chart}.json`), 'utf8')) as {
    embed: { code: string };
  };
  return meta.embed.code.replaceAll('https://central-china-chain.example', site.server.origin);
}

/** The embed codes a chart page's share panel can write: every view, both variants. */
function embedOptions(chart: string): EmbedOptions {
  const html = readFileSync(join(DIST, 'charts', chart, 'index.html'), 'utf8');
  const json = /data-embed-options="([^"]*)"/.exec(html)?.[1] ?? '{}';
  return JSON.parse(
    json.replaceAll('&quot;', '"').replaceAll('&#34;', '"').replaceAll('&amp;', '&'),
  );
}
const CHARTS = readdirSync(join(DIST, 'embed'));

// A frame that is not ours keeps sending exactly the message our embed would send.
const OTHER_FRAME = `<iframe id="other" srcdoc="<script>setInterval(() => parent.postMessage({ type: 'ccc-embed-height', id: '${CHART}', height: 300 }, '*'), 100)</script>"></iframe>`;

const hostPage = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0;font-family:sans-serif"><h1>Host article</h1>${body}<p id="after">Text after the chart.</p></body></html>`;

beforeAll(async () => {
  host = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path.split('?')[0] === '/redirected-embed') {
      // The frame's address is on the host, but it lands on the site: the origins differ.
      response.writeHead(302, { location: `${site.server.origin}/embed/${CHART}/` }).end();
      return;
    }
    const html = pages.get(path);
    response
      .writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' })
      .end(html ?? 'not found');
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  const address = host.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  hostOrigin = `http://localhost:${address.port}`;
});

afterAll(() => new Promise<void>((done) => host.close(() => done())));

async function openHost(
  path: string,
  body: string,
  options: { width?: number; javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  pages.set(path, hostPage(body));
  const context = await site.browser.newContext({
    viewport: { width: options.width ?? 1024, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) w.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(hostOrigin + path);
  return page;
}

const frameOf = async (page: Page): Promise<Frame> => {
  const handle = await page.waitForSelector('iframe[data-ccc-embed]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('figure[data-chart]');
  return frame;
};
const iframeHeight = (page: Page) =>
  page.$eval('iframe[data-ccc-embed]', (f) => f.getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const settle = (page: Page) => page.waitForTimeout(600);

describe('an embed on another origin', () => {
  it.each([320, 640, 1024])(
    'fits its content within 2 px at %i px, with little layout shift',
    async (width) => {
      const page = await openHost(`/plain-${width}`, embedCode(), { width });
      const frame = await frameOf(page);
      await expect
        .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), {
          timeout: 10_000,
        })
        .toBeLessThanOrEqual(2);
      await settle(page);
      expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(
        0.05,
      );
      expect(
        await frame.locator('.chart-view:not([hidden]) svg.chart-svg:visible').isVisible(),
      ).toBe(true);
      await page.context().close();
    },
  );

  it('follows when its content changes height', async () => {
    const page = await openHost('/grow', embedCode(), { width: 640 });
    const frame = await frameOf(page);
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(2);
    const before = await iframeHeight(page);
    await frame.locator('.chart-data summary').click();
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(before + 50);
    expect(Math.abs((await iframeHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(
      2,
    );
    await page.context().close();
  });

  it('is resized by Datawrapper’s listener, without our loader', async () => {
    const code = embedCode().replace(/<script[^>]*><\/script>/, '');
    const page = await openHost('/datawrapper', `${code}<script>${DATAWRAPPER_LISTENER}</script>`, {
      width: 640,
    });
    const frame = await frameOf(page);
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), {
        timeout: 10_000,
      })
      .toBeLessThanOrEqual(2);
    await page.context().close();
  });

  it('ignores hostile messages: other frames, wrong origins, bad heights, extra fields, navigation', async () => {
    const page = await openHost('/hostile', `${embedCode()}${OTHER_FRAME}`, { width: 640 });
    const frame = await frameOf(page);
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(2);
    const good = await iframeHeight(page);
    const before = page.url();
    const fromEmbed = async (message: unknown) =>
      frame.evaluate((m) => parent.postMessage(m, '*'), message);
    for (const height of [Number.NaN, -50, 1e9, '300'])
      await fromEmbed({ type: 'ccc-embed-height', id: CHART, height });
    await fromEmbed({ type: 'ccc-embed-height', id: CHART, height: 300, extra: 1 });
    await fromEmbed({ type: 'ccc-embed-height', id: 'another-chart', height: 300 });
    await fromEmbed({ type: 'navigate', url: 'https://example.org/' });
    await settle(page);
    expect(await iframeHeight(page)).toBe(good);
    expect(page.url()).toBe(before);
    await page.context().close();
  });

  it('ignores the right frame when its origin is not the one its address names', async () => {
    const code = embedCode().replace(
      `${site.server.origin}/embed/${CHART}/`,
      `${hostOrigin}/redirected-embed`,
    );
    const page = await openHost('/redirect', code, { width: 640 });
    const frame = await frameOf(page);
    const reserved = await iframeHeight(page);
    await settle(page);
    expect(Math.abs((await contentHeight(frame)) - reserved)).toBeGreaterThan(2);
    expect(await iframeHeight(page)).toBe(reserved);
    await page.context().close();
  });

  it('shows the chart at its reserved height with JavaScript off, and the fallback link works', async () => {
    const page = await openHost('/no-js', embedCode(), { width: 640, javaScriptEnabled: false });
    const sizing = embedOptions(CHART).views[0]?.sizing.compact;
    const frame = await frameOf(page);
    expect(sizing).toBeDefined();
    if (sizing) expect(await iframeHeight(page)).toBe(reservedAt(sizing, 640));
    expect(await frame.locator('.chart-view:not([hidden]) svg.chart-svg:visible').isVisible()).toBe(
      true,
    );
    const href = await page.locator('p a').first().getAttribute('href');
    expect(href).toBe(`${site.server.origin}/charts/${CHART}/`);
    const response = await page.goto(href ?? '');
    expect(response?.status()).toBe(200);
    await page.context().close();
  });
});

describe('two embeds on one page', () => {
  it('each sizes itself, with the loader included twice', async () => {
    const page = await openHost('/twice', `${embedCode()}${embedCode()}`, { width: 640 });
    await frameOf(page);
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames).toHaveLength(2);
    const heights = () =>
      page.$$eval('iframe[data-ccc-embed]', (all) =>
        all.map((f) => f.getBoundingClientRect().height),
      );
    for (const [i, frame] of frames.entries()) {
      await frame.waitForSelector('figure[data-chart]');
      await expect
        .poll(async () => Math.abs(((await heights())[i] ?? 0) - (await contentHeight(frame))))
        .toBeLessThanOrEqual(2);
    }
    await page.context().close();
  });
});

describe('the PNG link', () => {
  it('follows the shown view and points at a PNG the build drew', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/charts/${CHART}/`);
    await page.locator('.share-panel summary').click();
    const href = await page.locator('.share-png').getAttribute('href');
    expect(href).toBe(`/charts/${CHART}.png`);
    const png = readFileSync(join(DIST, `charts/${CHART}.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1080);
    await page.close();
  });
});

describe('the standalone SVG export', () => {
  it('opens in Chromium with its title and source line visible', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/charts/${CHART}.svg`);
    const text = await page.locator('svg').first().textContent();
    expect(text).toContain('湖南的区块链服务备案数居中部六省之首');
    expect(text).toContain('来源：');
    expect(text).toContain('中部链变');
    const box = await page.locator('svg').first().boundingBox();
    expect(box?.height).toBeGreaterThan(400);
    await page.close();
  });
});

describe('reserved heights without JavaScript', () => {
  // Every chart's default embed (compact), the full variant of the longest, and a switched view.
  const cases = [
    ...CHARTS.map((chart) => ({
      chart,
      key: undefined as string | undefined,
      variant: 'compact' as const,
    })),
    { chart: 'hunan-policy-timeline', key: undefined, variant: 'full' as const },
    { chart: 'filings-map', key: 'gdp-2019', variant: 'compact' as const },
  ];
  it.each(cases)(
    '$chart $key $variant: integer heights that hold the content at 320, 768 and 1280 px, at most 1.6 times it',
    async ({ chart, key, variant }) => {
      const options = embedOptions(chart);
      const view = options.views.find((v) => v.key === key) ?? options.views[0];
      if (!view) throw new Error(`no view of ${chart}`);
      const code = embedSnippet({ ...options, ...view, variant, sizing: view.sizing[variant] });
      for (const [, value] of code.matchAll(
        /(?:height="|min-height:|aspect-ratio:1000\/)([^"p;}]*)/g,
      ))
        expect(value).toMatch(/^\d+$/);
      const local = code.replaceAll(options.site, site.server.origin);
      const measured: string[] = [];
      for (const width of [320, 768, 1280]) {
        const page = await openHost(`/heights-${chart}-${key}-${variant}-${width}`, local, {
          width,
          javaScriptEnabled: false,
        });
        const frame = await frameOf(page);
        const reserved = await iframeHeight(page);
        const content = await contentHeight(frame);
        measured.push(`${width}: ${content} in ${reserved}`);
        expect(reserved, measured.join('; ')).toBeGreaterThanOrEqual(content);
        expect(reserved, measured.join('; ')).toBeLessThanOrEqual(content * 1.6);
        await page.context().close();
      }
    },
  );
});

describe('the embed theme', () => {
  async function background(path: string, scheme: 'light' | 'dark', javaScriptEnabled = true) {
    const context = await site.browser.newContext({ colorScheme: scheme, javaScriptEnabled });
    const page = await context.newPage();
    // What the page looks like at its first paint: the theme is set before the body is parsed.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive' && !('firstTheme' in window))
          (window as unknown as { firstTheme: string }).firstTheme = String(
            document.documentElement.dataset['theme'],
          );
      });
    });
    await page.goto(`${site.server.origin}${path}`);
    const colour = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    const first = await page.evaluate(
      () => (window as unknown as { firstTheme?: string }).firstTheme,
    );
    await context.close();
    return { colour, first };
  }
  const WHITE = 'rgb(255, 255, 255)';

  it('follows the reader by default, and the host can force light or dark before the first paint', async () => {
    expect((await background('/embed/filings-map/', 'dark')).colour).not.toBe(WHITE);
    expect((await background('/embed/filings-map/', 'light')).colour).toBe(WHITE);
    const forced = await background('/embed/filings-map/?theme=light', 'dark');
    expect(forced.colour).toBe(WHITE);
    expect(forced.first).toBe('light');
    expect((await background('/embed/filings-map/gdp-2019/?theme=dark', 'light')).colour).not.toBe(
      WHITE,
    );
  });

  it('ignores a theme it does not know', async () => {
    for (const bad of ['?theme=black', '?theme=%22%3E%3Cscript%3E', '?theme=LIGHT'])
      expect((await background(`/embed/filings-map/${bad}`, 'dark')).colour).not.toBe(WHITE);
  });
});

describe('the compact embed', () => {
  it('credits its sources in one line and links to the chart page; the full variant lists them', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${site.server.origin}/embed/gdp-vs-activity/`);
    expect(await page.locator('.chart-source:visible').count()).toBe(1);
    expect(await page.locator('.chart-documents:visible').count()).toBe(0);
    const compact = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(await page.locator('.embed-credit a').getAttribute('href')).toMatch(
      /\/charts\/gdp-vs-activity\/$/,
    );
    await page.goto(`${site.server.origin}/embed/hunan-policy-timeline/`);
    expect(await page.locator('.timeline-list').isVisible()).toBe(false);
    const timeline = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.goto(`${site.server.origin}/embed/hunan-policy-timeline/full/`);
    expect(await page.locator('.timeline-list').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(
      timeline * 2,
    );
    expect(compact).toBeGreaterThan(300);
    await page.close();
  });
});
