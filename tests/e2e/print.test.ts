// A story printed on A4 from Chromium: charts in their wide layout, no controls, the address written
// out, and a handful of pages rather than thirty of sources.
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { useServedSite } from '../support/servedSite.ts';

const site = useServedSite();
const PATH = '/stories/why-hunan/';
/** Measured at 11 pages when written (22 before the print styles); a little room for new text. */
const MAX_PAGES = 13;

/** The page objects of a PDF as Chromium writes it (one `/Type /Page` dictionary per page). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length;

describe('a story in print', () => {
  it('prints the wide charts, its address and a short source list on a few A4 pages', async () => {
    // A phone's viewport: on screen it shows the narrow drawings, so print has to choose the wide.
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.server.origin + PATH);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll(
          (els) =>
            els.filter(
              (el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0,
            ).length,
        );
    expect(await shown('.chart-artboard-wide')).toBeGreaterThan(0);
    expect(await shown('.chart-artboard-narrow')).toBe(0);
    for (const hidden of [
      '.site-header',
      '.skip-link',
      '.toc',
      '.share-page',
      '.share-panel',
      '.metric-switch',
      '.chart-data',
    ])
      expect(await shown(hidden), hidden).toBe(0);
    expect(await page.locator('.print-address').textContent()).toBe(`本文地址：${SITE}${PATH}`);
    expect(await shown('.print-address')).toBe(1);
    expect(await shown('.chart-source')).toBeGreaterThan(0);
    // The sources as one run of small text, every one of them there.
    const sources = page.locator('.story-sources details.sources');
    expect(await sources.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeLessThan(
      11,
    );
    expect(await shown('.story-sources li')).toBe(await page.locator('.story-sources li').count());
    const pages = pdfPages(await page.pdf({ format: 'A4' }));
    console.log(`${PATH} prints on ${pages} A4 pages`);
    expect(pages).toBeGreaterThan(3);
    expect(pages).toBeLessThanOrEqual(MAX_PAGES);
    await context.close();
  });
});
