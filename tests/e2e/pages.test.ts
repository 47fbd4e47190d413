import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { useServedSite } from '../support/servedSite.ts';

const site = useServedSite();

describe('every built page in Chromium', () => {
  it.each(builtPages())(
    '%s loads with no console error, no CSP violation and no request to another origin',
    async (path) => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      // The server sends public/_headers' CSP; the page reports every violation it sees.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
        );
      });
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== site.server.origin)
          foreign.push(request.url());
      });
      const response = await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(errors, `console errors on ${path}`).toEqual([]);
      const violations = await page.evaluate(
        () => (window as unknown as { cspViolations: string[] }).cspViolations,
      );
      expect(violations, `CSP violations on ${path}`).toEqual([]);
      expect(foreign, `requests to other origins from ${path}`).toEqual([]);
      await context.close();
    },
  );

  it.each(builtPages())(
    '%s has no accessibility violations (axe) at 320 and 1280 px, light and dark',
    async (path) => {
      const views = [
        ['light', 320],
        ['dark', 320],
        ['light', 1280],
        ['dark', 1280],
      ] as const;
      for (const [colorScheme, width] of views) {
        const context = await site.browser.newContext({
          colorScheme,
          viewport: { width, height: 900 },
        });
        const page = await context.newPage();
        await page.goto(site.server.origin + path);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
        expect(summary, `${colorScheme} ${width}px ${path}`).toEqual([]);
        await context.close();
      }
    },
  );

  it.each(builtPages().filter((path) => path.startsWith('/stories/')))(
    '%s shows its first chart within the first screen of a 1280×800 desktop',
    async (path) => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(site.server.origin + path);
      const box = await page.locator('.story-body figure').first().boundingBox();
      // The figure's title, its metric switch and the top of the plot, not just a heading.
      expect(box?.y ?? Infinity, path).toBeLessThan(800 - 200);
      await context.close();
    },
  );

  it('serves 404.html for an unknown path', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.server.origin}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('找不到页面');
    await page.close();
  });
});
