import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/servedSite.ts';

const site = useServedSite();

interface Result {
  href: string;
  title: string;
  excerpt: string;
}

/** Types a query (no Enter) and reads the results that appear. */
async function typeAndRead(page: Page, query: string): Promise<Result[]> {
  await page.locator('#search-input').pressSequentially(query, { delay: 30 });
  await page.waitForSelector('.search-results li', { timeout: 15_000 });
  return page.locator('.search-results li').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      title: li.querySelector('p')?.textContent ?? '',
      excerpt: li.querySelector('p:last-child')?.textContent ?? '',
    })),
  );
}

async function search(query: string): Promise<Result[]> {
  const page = await site.browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${site.server.origin}/search/`);
  expect(
    requests.some((p) => p.startsWith('/pagefind/')),
    'the index loads only when the reader searches',
  ).toBe(false);
  const results = await typeAndRead(page, query);
  expect(page.url(), 'the query is kept in the address').toContain(
    `q=${encodeURIComponent(query)}`,
  );
  await page.close();
  return results;
}

/** An id or slug (two or more lowercase words joined by hyphens), or a file name. */
const SLUG = /\b[a-z0-9]+(?:-[a-z0-9]+){1,}\b|\b[\w-]+\.(?:ya?ml|csv|ts)\b/;
/** A run of English words: a research note, not a reader's text. */
const ENGLISH = /[A-Za-z]+(?: [A-Za-z]+){3,}/;

describe('search', () => {
  it('finds each page once for 娄底, as the reader types, with readable excerpts', async () => {
    const results = await search('娄底');
    const hrefs = results.map((r) => r.href);
    expect(hrefs).toContain('/stories/why-hunan/');
    expect(hrefs.some((l) => l.startsWith('/charts/'))).toBe(true);
    expect(hrefs.length, 'each page at most once').toBe(new Set(hrefs).size);
    // A chart opened on another metric is the same chart: only /charts/<id>/ is a result.
    expect(hrefs.filter((h) => /^\/charts\/[^/]+\/[^/]+\//.test(h))).toEqual([]);
    for (const { href, excerpt } of results) {
      expect(excerpt, href).toContain('娄底');
      expect(excerpt, href).not.toMatch(SLUG);
      expect(excerpt, href).not.toMatch(ENGLISH);
    }
  });

  it('heads each result with what the page is', async () => {
    const results = await search('区块链产业园');
    const parks = results.find((r) => r.href === '/charts/parks-table/');
    expect(parks?.title).toBe('图表中部六省的区块链产业园');
    const story = results.find((r) => r.href.startsWith('/stories/'));
    expect(story?.title.startsWith('报道')).toBe(true);
  });

  it('says without JavaScript that search needs it, and where else to look', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/search/?q=娄底`);
    const status = await page.locator('.search-status').textContent();
    expect(status).toContain('需要启用JavaScript');
    const links = await page
      .locator('.search-status a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/', '/charts/', '/data/']);
    await context.close();
  });
});
