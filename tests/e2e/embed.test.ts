// Cross-origin embedding: the site on one port, a host page on another that holds only the
// copied embed code. The iframe must size itself, hosts with Datawrapper's listener must work,
// hostile messages must change nothing, and without JavaScript the reserved height must hold.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';
import { useServedSite } from '../support/servedSite.ts';

const site = useServedSite();
const CHART = 'filings-map';
let host: Server;
let hostOrigin = '';
const pages = new Map<string, string>();

// Datawrapper's public resize listener, as hosts paste it.
const DATAWRAPPER_LISTENER = `!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r,i=0;r=e[i];i++)if(r.contentWindow===a.source){var d=a.data["datawrapper-height"][t]+"px";r.style.height=d}}}))}();`;

function embedCode(): string {
  const meta = JSON.parse(readFileSync(join(DIST, 'charts', `${CHART}.json`), 'utf8')) as {
    embed: { code: string };
  };
  return meta.embed.code.replaceAll('https://central-china-chain.example', site.server.origin);
}

// A frame that is not ours keeps sending exactly the message our embed would send.
const OTHER_FRAME = `<iframe id="other" srcdoc="<script>setInterval(() => parent.postMessage({ type: 'ccc-embed-height', id: '${CHART}', height: 300 }, '*'), 100)</script>"></iframe>`;

const hostPage = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0;font-family:sans-serif"><h1>Host article</h1>${body}<p id="after">Text after the chart.</p></body></html>`;

beforeAll(async () => {
  host = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/redirected-embed') {
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
    const reserved = Number(/height="(\d+)"/.exec(embedCode())?.[1]);
    const frame = await frameOf(page);
    expect(await iframeHeight(page)).toBe(reserved);
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

describe('the PNG download', () => {
  it('gives a PNG at twice the SVG’s size', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/charts/${CHART}/`);
    await page.locator('.share-panel summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.download-png').click(),
    ]);
    const path = await download.path();
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const svgWidth = Number(
      /width="(\d+)"/.exec(readFileSync(join(DIST, 'charts', `${CHART}.svg`), 'utf8'))?.[1],
    );
    expect(png.readUInt32BE(16)).toBe(svgWidth * 2);
    await context.close();
  });
});

describe('the standalone SVG export', () => {
  it('opens in Chromium with its title and source line visible', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/charts/${CHART}.svg`);
    const text = await page.locator('svg').first().textContent();
    expect(text).toContain('湖南的区块链服务备案数居中部六省之首');
    expect(text).toContain('来源:');
    expect(text).toContain('中部链变');
    const box = await page.locator('svg').first().boundingBox();
    expect(box?.height).toBeGreaterThan(400);
    await page.close();
  });
});
