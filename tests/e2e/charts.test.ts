import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/servedSite.ts';

const site = useServedSite();

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({
    javaScriptEnabled,
    viewport: { width: 1024, height: 900 },
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
    const svg = await page.locator('.chart-view:not([hidden]) svg').boundingBox();
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

  it('switches the metric in place: fills, legend and URL change, and the URL reopens the view', async () => {
    const page = await open('/charts/filings-map/');
    const henan = page.locator('.region[data-code="410000"]');
    const before = await henan.getAttribute('fill');
    await page.locator('.metric-switch a[data-metric="gdp-2019"]').click();
    expect(page.url()).toContain('?metric=gdp-2019');
    expect(await henan.getAttribute('fill')).not.toBe(before);
    expect(
      await page.locator('[data-legend]:not([display="none"])').getAttribute('data-legend'),
    ).toBe('gdp-2019');
    expect(
      await page.locator('.metric-switch a[aria-current="true"]').getAttribute('data-metric'),
    ).toBe('gdp-2019');
    await page.reload();
    expect(
      await page.locator('[data-legend]:not([display="none"])').getAttribute('data-legend'),
    ).toBe('gdp-2019');
    await page.goto(`${site.server.origin}/charts/filings-map/?metric=<script>`);
    expect(
      await page.locator('[data-legend]:not([display="none"])').getAttribute('data-legend'),
    ).toBe('filings');
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
});
