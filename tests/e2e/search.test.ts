import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/servedSite.ts';

const site = useServedSite();

async function search(query: string): Promise<string[]> {
  const page = await site.browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${site.server.origin}/search/`);
  expect(
    requests.some((p) => p.startsWith('/pagefind/')),
    'the index loads only when the reader searches',
  ).toBe(false);
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('.search-results li', { timeout: 15_000 });
  const links = await page
    .locator('.search-results li a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(page.url()).toContain(`q=${encodeURIComponent(query)}`);
  await page.close();
  return links;
}

describe('search', () => {
  it('finds the Hunan story and the Loudi charts for 娄底', async () => {
    const links = await search('娄底');
    expect(links).toContain('/stories/why-hunan/');
    expect(links.some((l) => l.startsWith('/charts/'))).toBe(true);
  });

  it('finds the parks table for 区块链产业园', async () => {
    const links = await search('区块链产业园');
    expect(links).toContain('/charts/parks-table/');
  });
});
