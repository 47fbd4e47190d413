// Which requests the live preview answers with its problem page: the site's pages and browser
// navigations, never Vite's modules, Astro's assets or the project's source files.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { isPageRequest } from '../../src/server/dev/livePreview.ts';

const request = (url: string, accept = '*/*', method = 'GET') =>
  ({ url, method, headers: { accept } }) as IncomingMessage;

describe('isPageRequest', () => {
  it('takes every page of the site (they all end in "/"), with or without a query', () => {
    for (const url of ['/', '/data/', '/charts/filings-map/', '/embed/filings-map/?theme=dark'])
      expect(isPageRequest(request(url)), url).toBe(true);
  });

  it('takes a browser navigation to a file address', () => {
    expect(isPageRequest(request('/rss.xml', 'text/html,application/xhtml+xml'))).toBe(true);
    expect(isPageRequest(request('/rss.xml'))).toBe(false);
  });

  it("leaves Vite's and Astro's own requests alone", () => {
    for (const url of [
      '/@vite/client',
      '/@id/astro:scripts/page.js',
      '/@fs/work/x/node_modules/astro/dist/runtime/client/dev-toolbar/entrypoint.js',
      '/__astro_dev/x/',
      '/_astro/chart.css',
      '/src/client/charts.ts',
      '/node_modules/.vite/deps/',
    ])
      expect(isPageRequest(request(url, 'text/html')), url).toBe(false);
  });

  it('answers only reads', () => {
    expect(isPageRequest(request('/data/', 'text/html', 'HEAD'))).toBe(true);
    expect(isPageRequest(request('/data/', 'text/html', 'POST'))).toBe(false);
  });
});
