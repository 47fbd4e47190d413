// A reader with a keyboard and no mouse walks through the main story: skip link, every tab stop
// with a visible focus ring, the charts' marks with their tooltips, and the search.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/servedSite.ts';

const site = useServedSite();
const STORY = '/stories/why-hunan/';
const MARK = '.region, .point, .bar, .event';
const MAX_TAB_STOPS = 400;

interface Focused {
  /** The same number for the same element, however often it is focused. */
  key: number;
  /** Tag, id, class and link or label: enough to tell tab stops apart in a message. */
  name: string;
  isMark: boolean;
  inMain: boolean;
  /** A focus ring: an outline, a box shadow, or for chart marks a wide stroke. */
  visibleFocus: boolean;
  onPage: boolean;
}

function focused(page: Page, mark = MARK): Promise<Focused> {
  return page.evaluate((markSelector) => {
    const el = document.activeElement;
    if (!el || el === document.body) {
      return {
        key: -1,
        name: 'body',
        isMark: false,
        inMain: false,
        visibleFocus: false,
        onPage: false,
      };
    }
    const store = window as unknown as { walkKeys?: Map<Element, number> };
    const keys = (store.walkKeys ??= new Map());
    if (!keys.has(el)) keys.set(el, keys.size + 1);
    const key = keys.get(el) ?? 0;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const stroke = el instanceof SVGElement && parseFloat(style.strokeWidth) >= 3;
    const inputLabel = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null;
    const label =
      el.getAttribute('href') ??
      el.getAttribute('aria-label') ??
      inputLabel ??
      el.textContent?.slice(0, 20);
    return {
      key,
      name: `${el.tagName.toLowerCase()}#${el.id}.${el.getAttribute('class') ?? ''} ${label ?? ''}`,
      isMark: el.matches(markSelector),
      inMain: Boolean(el.closest('main')),
      visibleFocus: outline || style.boxShadow !== 'none' || stroke,
      onPage: true,
    };
  }, mark);
}

async function openStory(): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.origin + STORY);
  return page;
}

/** Presses Tab until `done` holds for the focused element; fails after MAX_TAB_STOPS. */
async function tabUntil(page: Page, done: (f: Focused) => boolean): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < MAX_TAB_STOPS; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    stops.push(stop);
    if (done(stop)) return stops;
  }
  throw new Error(`not reached in ${MAX_TAB_STOPS} tab stops; last: ${stops.at(-1)?.name}`);
}

const tooltip = (page: Page) => page.locator('.chart-tooltip:not([hidden])');

describe('a keyboard-only walk through a story', () => {
  it('starts at a visible skip link that moves focus into the story', async () => {
    const page = await openStory();
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toContain('skip-link');
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0 && box.height > 0, 'the skip link shows when focused').toBe(true);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.keyboard.press('Tab');
    expect((await focused(page)).inMain, 'the next stop is in the story, not the menu').toBe(true);
    await page.close();
  });

  it('reaches each chart once, shows, moves and dismisses its tooltip, and never traps focus', async () => {
    const page = await openStory();
    const toMark = await tabUntil(page, (f) => f.isMark);
    const tip = tooltip(page);
    const first = await tip.textContent();
    expect(first).toMatch(/来源/);
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).isMark).toBe(true);
    await expect.poll(() => tip.textContent()).not.toBe(first);
    await page.keyboard.press('Escape');
    expect(await tip.count(), 'Escape hides the tooltip').toBe(0);

    const rest = await tabUntil(page, (f) => !f.onPage);
    const stops = [...toMark, ...rest.slice(0, -1)];
    const unringed = stops.filter((s) => !s.visibleFocus).map((s) => s.name);
    expect(unringed, 'tab stops without a visible focus ring').toEqual([]);
    const repeated = stops.filter((s, i) => i > 0 && s.key === stops[i - 1]?.key);
    expect(
      repeated.map((s) => s.name),
      'Tab that did not move focus',
    ).toEqual([]);
    // Marks are one tab stop per chart (arrow keys move inside): five charts, five stops.
    const charts = await page.locator('main figure.chart svg.chart-svg:visible').count();
    const markStops = stops.filter((s) => s.isMark).length;
    expect(markStops).toBeGreaterThan(0);
    expect(markStops).toBeLessThanOrEqual(charts);
    await page.close();
  });

  it('searches from the menu and opens a result, all by keyboard', async () => {
    const page = await openStory();
    await tabUntil(page, (f) => f.name.includes('/search/'));
    await Promise.all([page.waitForURL('**/search/'), page.keyboard.press('Enter')]);
    await tabUntil(page, (f) => f.name.startsWith('input#search-input'));
    await page.keyboard.type('娄底');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.search-results li a', { timeout: 15_000 });
    const result = await tabUntil(page, (f) => f.inMain && f.name.includes('/stories/'));
    const href = result.at(-1)?.name.split(' ').at(-1) ?? '';
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(href);
    await page.close();
  });
});
