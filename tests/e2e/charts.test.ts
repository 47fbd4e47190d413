import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/servedSite.ts';

const site = useServedSite();

async function open(path: string, javaScriptEnabled = true, width = 1024): Promise<Page> {
  const context = await site.browser.newContext({
    javaScriptEnabled,
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(site.server.origin + path);
  return page;
}

describe('charts without JavaScript', () => {
  it.each([
    '/charts/filings-map/',
    '/charts/gdp-vs-activity/',
    '/charts/hunan-policy-timeline/',
    '/charts/gdp-central-provinces/',
  ])('%s shows its chart and its data', async (path) => {
    const page = await open(path, false);
    const svg = await page.locator('.chart-view:not([hidden]) svg.chart-svg:visible').boundingBox();
    expect(svg?.height).toBeGreaterThan(150);
    expect(await page.locator('.chart-data table, .timeline-list').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('charts with JavaScript', () => {
  it('shows the exact value, unit and source on hover and on keyboard focus', async () => {
    const page = await open('/charts/filings-map/');
    await page.locator('.region[data-code="430000"]').hover();
    const tip = page.locator('.chart-tooltip');
    await expect.poll(() => tip.textContent()).toContain('13项');
    expect(await tip.textContent()).toContain('来源');
    await page.mouse.move(0, 0);
    await page.locator('.region').first().focus();
    expect(await tip.isVisible()).toBe(true);
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(second).not.toBe(first);
    expect(await tip.textContent()).toContain(
      await page.evaluate(() => document.activeElement?.getAttribute('data-name') ?? '?'),
    );
    await page.context().close();
  });

  it('switches the metric in place: fills, legend, text and URL change, and the URL reopens the view', async () => {
    const page = await open('/charts/filings-map/');
    const henan = page.locator('.region[data-code="410000"]');
    const before = await henan.getAttribute('fill');
    await page.locator('.metric-switch a[data-metric="gdp-2019"]').click();
    expect(new URL(page.url()).searchParams.get('filings-map')).toBe('gdp-2019');
    expect(await henan.getAttribute('fill')).not.toBe(before);
    const legend = page.locator('[data-legend]:not([display="none"])');
    expect(await legend.first().getAttribute('data-legend')).toBe('gdp-2019');
    expect(
      await page.locator('.metric-switch a[aria-current="true"]').getAttribute('data-metric'),
    ).toBe('gdp-2019');
    await page.reload();
    expect(await legend.first().getAttribute('data-legend')).toBe('gdp-2019');
    // Not one of the chart's metrics, or another chart's parameter: the default view.
    for (const search of [
      '?filings-map=<script>',
      '?metric=gdp-2019',
      '?gdp-vs-activity=gdp-2019',
    ]) {
      await page.goto(`${site.server.origin}/charts/filings-map/${search}`);
      expect(await legend.first().getAttribute('data-legend')).toBe('filings');
    }
    await page.context().close();
  });

  it('one chart, one state: a switch changes that figure’s text, link and embed code, and no other figure', async () => {
    const page = await open('/stories/why-hunan/');
    const map = page.locator('#chart-filings-map');
    const scatter = page.locator('#chart-gdp-vs-activity');
    const visibleText = (figure: typeof map, selector: string) =>
      figure.locator(`${selector}:visible`).allTextContents();
    const scatterBefore = {
      title: await visibleText(scatter, '.chart-title'),
      current: await scatter
        .locator('.metric-switch a[aria-current="true"]')
        .getAttribute('data-metric'),
      view: await scatter.locator('.chart-view:not([hidden])').getAttribute('data-metric'),
      code: await scatter.locator('.embed-code').inputValue(),
    };
    const mapBefore = {
      title: await visibleText(map, '.chart-title'),
      notes: await visibleText(map, '.chart-notes li'),
      summary: await map.locator('.chart-summary').textContent(),
    };
    await map.locator('.metric-switch a[data-metric="gdp-2019"]').click();
    // That figure: every text block follows, one title and one credit line visible.
    expect(await visibleText(map, '.chart-title')).toEqual(['2019年中部六省地区生产总值']);
    expect(await visibleText(map, '.chart-title')).not.toEqual(mapBefore.title);
    expect((await visibleText(map, '.chart-notes li')).join('')).toContain('GDP');
    expect((await visibleText(map, '.chart-notes li')).join('')).not.toContain('备案');
    expect(await map.locator('.chart-summary').textContent()).not.toBe(mapBefore.summary);
    expect(await map.locator('.chart-source:visible').count()).toBe(1);
    await map.locator('.share-panel summary').click();
    expect(await map.locator('.embed-code').inputValue()).toContain('/embed/filings-map/gdp-2019/');
    expect(await map.locator('.share-link').inputValue()).toMatch(
      /\/charts\/filings-map\/gdp-2019\/$/,
    );
    expect(await map.locator('.chart-links a').getAttribute('href')).toContain(
      '/charts/filings-map/gdp-2019/',
    );
    // The embed choices rewrite the code: dark theme, full variant.
    await map.locator('input[name="theme-filings-map"][value="dark"]').check();
    await map.locator('input[name="variant-filings-map"][value="full"]').check();
    expect(await map.locator('.embed-code').inputValue()).toContain(
      '/embed/filings-map/gdp-2019/full/?theme=dark',
    );
    // Every other figure as it was.
    expect(await visibleText(scatter, '.chart-title')).toEqual(scatterBefore.title);
    expect(
      await scatter.locator('.metric-switch a[aria-current="true"]').getAttribute('data-metric'),
    ).toBe(scatterBefore.current);
    expect(await scatter.locator('.chart-view:not([hidden])').getAttribute('data-metric')).toBe(
      scatterBefore.view,
    );
    expect(await scatter.locator('.embed-code').inputValue()).toBe(scatterBefore.code);
    // The address holds this chart's state alone, and reopens it.
    const url = new URL(page.url());
    expect([...url.searchParams.keys()]).toEqual(['filings-map']);
    await page.goto(`${url.toString()}&gdp-vs-activity=provincial-parks`);
    expect(await visibleText(map, '.chart-title')).toEqual(['2019年中部六省地区生产总值']);
    expect(await scatter.locator('.chart-view:not([hidden])').getAttribute('data-metric')).toBe(
      'provincial-parks',
    );
    expect(
      await page
        .locator('#chart-gdp-central-provinces .metric-switch a[aria-current="true"]')
        .getAttribute('data-metric'),
    ).toBe('gdp-2019');
    await page.context().close();
  });

  it("copies the page's address with the share block's button", async () => {
    const context = await site.browser.newContext({
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/charts/gdp-vs-activity/key-projects/`);
    const button = page.locator('.share-page button.copy-page-link');
    await button.click();
    await expect
      .poll(() => page.locator('.share-page .copy-status').textContent())
      .toBe('已复制。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'https://central-china-chain.example/charts/gdp-vs-activity/key-projects/',
    );
    await context.close();
  });

  it('opens a view without JavaScript at its own page, with that view’s text', async () => {
    const page = await open('/charts/filings-map/gdp-2019/', false);
    expect(await page.locator('.chart-title:visible').allTextContents()).toEqual([
      '2019年中部六省地区生产总值',
    ]);
    expect(
      await page.locator('[data-legend]:not([display="none"])').first().getAttribute('data-legend'),
    ).toBe('gdp-2019');
    expect(await page.locator('.embed-code').inputValue()).toContain(
      '/embed/filings-map/gdp-2019/',
    );
    await page.context().close();
  });

  it('swaps the scatter view when the y measure changes', async () => {
    const page = await open('/charts/gdp-vs-activity/');
    await page.locator('.metric-switch a[data-metric="provincial-parks"]').click();
    expect(await page.locator('.chart-view:not([hidden])').getAttribute('data-metric')).toBe(
      'provincial-parks',
    );
    expect(await page.locator('.chart-summary').textContent()).toContain('省级区块链产业园');
    // One province with a value compares nothing: the view lists it instead of drawing it.
    const shown = page.locator('.chart-view:not([hidden])');
    expect(await shown.locator('svg').count()).toBe(0);
    expect(await shown.locator('.view-list li').first().textContent()).toContain('湖南');
    await page.context().close();
  });

  it('filters the timeline by province and level', async () => {
    const page = await open('/charts/hunan-policy-timeline/');
    const visible = () => page.locator('.timeline-list li:not([hidden])').count();
    const all = await visible();
    await page.locator('.timeline-filters input[name="row"][value="430000"]').uncheck();
    const withoutHunan = await visible();
    expect(withoutHunan).toBeLessThan(all);
    expect(withoutHunan).toBeGreaterThan(0);
    await page.locator('.timeline-filters input[name="row"][value="430000"]').check();
    await page.locator('.timeline-filters input[name="kind"][value="provincial"]').uncheck();
    expect(await visible()).toBeLessThan(all);
    await page.context().close();
  });

  it('says in its summary how many events the filters leave, and what they leave out', async () => {
    const page = await open('/charts/hunan-policy-timeline/');
    const summary = page.locator('#chart-hunan-policy-timeline .chart-summary');
    const original = (await summary.textContent())?.trim() ?? '';
    const total = await page.locator('.timeline-list li').count();
    expect(original).toContain(`共${total}件事`);
    await page.locator('.timeline-filters input[name="row"][value="430000"]').uncheck();
    const shown = await page.locator('.timeline-list li:not([hidden])').count();
    const marks = await page.locator('.chart-svg-timeline .event:not([display="none"])').count();
    expect(marks).toBe(shown);
    const first = await page.locator('.timeline-list li:not([hidden]) time').first().textContent();
    expect(await summary.textContent()).toBe(
      `筛选后显示${shown}件事（共${total}件），从${first}到2020年5月；未显示：湖南。`,
    );
    expect(await page.locator('.timeline-count').textContent()).toBe(
      `显示${shown}件，共${total}件`,
    );
    await page.locator('.timeline-filters input[name="row"][value="430000"]').check();
    expect((await summary.textContent())?.trim()).toBe(original);
    await page.context().close();
  });

  it('on a phone, closes the gaps filtered rows would leave in the drawing', async () => {
    const page = await open('/charts/hunan-policy-timeline/', true, 360);
    const drawing = page.locator('.chart-svg-timeline-narrow');
    const before = (await drawing.boundingBox())!.height;
    await page.locator('.timeline-filters input[name="row"][value="430000"]').uncheck();
    const after = (await drawing.boundingBox())!.height;
    expect(after).toBeLessThan(before * 0.8);
    const tops = await drawing.evaluate((svg) =>
      [
        ...svg.querySelectorAll(
          '.event:not([display="none"]), text[data-slot]:not([display="none"])',
        ),
      ]
        .map((el) => el.getBoundingClientRect().top)
        .sort((a, b) => a - b),
    );
    // Row after row (or a year heading): no gap of a hidden row anywhere.
    tops.slice(1).forEach((top, i) => expect(top - tops[i]!).toBeLessThan(40));
    await page.context().close();
  });

  it.each([
    [360, '.chart-svg-timeline-narrow'],
    [1280, '.chart-svg-timeline'],
  ])(
    'at %i px shows one drawing (%s), its text at 12 px or more, its marks 24 px targets',
    async (width, drawing) => {
      const page = await open('/stories/why-hunan/', true, width);
      const figure = page.locator('#chart-hunan-policy-timeline');
      const shown = await figure.locator('svg.chart-svg:visible').all();
      expect(shown.length).toBe(1);
      expect(await shown[0]!.evaluate((svg, cls) => svg.matches(cls), drawing)).toBe(true);
      const sizes = await shown[0]!.evaluate((svg) =>
        [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height),
      );
      // A text box is a line high: 12 px text makes a box of at least about 12 px.
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      const targets = await shown[0]!.evaluate((svg) =>
        [...svg.querySelectorAll('.event')].map((m) => m.getBoundingClientRect()),
      );
      expect(targets.length).toBeGreaterThan(40);
      for (const box of targets) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      // The keyboard enters the timeline through a mark of the drawing that is shown.
      const entry = figure.locator('.event[tabindex="0"]');
      expect(await entry.evaluate((m, cls) => Boolean(m.closest(cls)), drawing)).toBe(true);
      await page.context().close();
    },
  );
});
