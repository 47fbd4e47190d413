// Tables as a reader on a phone and on a desktop sees them: no column squeezed to a character a
// line, no row absurdly tall, numbers on one line, the first column in view while the table
// scrolls, and no raw value (an enum key, an id, "unknown") where a label belongs.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/server/content.ts';
import { useServedSite } from '../support/servedSite.ts';

const site = useServedSite();

const PAGES = [
  '/charts/parks-table/',
  '/charts/key-projects-table/',
  '/charts/gdp-central-provinces/',
  '/data/',
  '/stories/why-hunan/',
  '/stories/key-projects-2020/',
];

/**
 * Lines a row may take. On a phone a column is never wider than the screen beside the first
 * column (14em), so each line reads without scrolling, and the longest note (240 characters,
 * part Latin) takes 20 lines; on a desktop long text gets up to 32em and ten lines.
 */
const MAX_LINES = { 360: 20, 1280: 10 } as const;

/** Every enum key and every row id of the content: none is ever shown as a cell's whole text. */
function rawValues(): string[] {
  const raw = new Set(['unknown', 'null', 'true', 'false', 'undefined', 'NaN']);
  for (const dataset of getContent().datasets.values()) {
    for (const column of Object.values(dataset.declaration.columns))
      for (const key of Object.keys(column.values ?? {})) raw.add(key);
    for (const row of dataset.rows) if (typeof row.data['id'] === 'string') raw.add(row.data['id']);
  }
  return [...raw];
}

interface Measured {
  narrow: string[];
  tall: string[];
  wrappedNumbers: string[];
  texts: string[];
  unlabelled: number;
  tables: number;
}

/** Opens every collapsed table and measures every cell and row. */
function measure(page: Page, maxLines: number): Promise<Measured> {
  return page.evaluate((maxLines) => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    const out: Measured = {
      narrow: [],
      tall: [],
      wrappedNumbers: [],
      texts: [],
      unlabelled: 0,
      tables: 0,
    };
    for (const table of document.querySelectorAll<HTMLTableElement>('table.data-table')) {
      out.tables++;
      const box = table.closest('.table-scroll');
      const name = box?.getAttribute('aria-label') ?? box?.getAttribute('aria-labelledby');
      if (box?.getAttribute('role') !== 'region' || box.getAttribute('tabindex') !== '0' || !name)
        out.unlabelled++;
      const style = getComputedStyle(table);
      const em = parseFloat(style.fontSize);
      const line = parseFloat(style.lineHeight);
      for (const cell of table.querySelectorAll<HTMLElement>('td, th')) {
        const text = cell.innerText.trim();
        if (text === '') continue;
        out.texts.push(text);
        const css = getComputedStyle(cell);
        const inner =
          cell.getBoundingClientRect().width -
          parseFloat(css.paddingLeft) -
          parseFloat(css.paddingRight);
        // About three characters, or the whole text when it is shorter.
        if (inner < Math.min(2.5 * em, [...text].length * 0.5 * em))
          out.narrow.push(`${text.slice(0, 10)}: ${inner.toFixed(0)}px`);
        // Lines of the cell's own text (a cell box is as tall as its row).
        const range = document.createRange();
        range.selectNodeContents(cell);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.bottom)));
        if (cell.matches('tbody .fit-number') && tops.size > 1) out.wrappedNumbers.push(text);
      }
      for (const row of table.querySelectorAll('tr')) {
        const lines = row.getBoundingClientRect().height / line;
        if (lines > maxLines + 0.5)
          out.tall.push(`${lines.toFixed(1)} lines: ${row.textContent?.slice(0, 16)}`);
      }
    }
    return out;
  }, maxLines);
}

describe('tables', () => {
  const raw = rawValues();
  it.each(PAGES.flatMap((path) => [360, 1280].map((width) => [path, width] as const)))(
    '%s at %i px: readable widths, rows of a few lines, labels not raw values',
    async (path, width) => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(site.server.origin + path);
      const m = await measure(page, MAX_LINES[width as 360 | 1280]);
      await page.close();
      expect(m.tables, 'tables on the page').toBeGreaterThan(0);
      expect(m.unlabelled, 'scroll boxes without role, tabindex or name').toBe(0);
      expect(m.narrow, 'cells narrower than three characters').toEqual([]);
      expect(m.tall, 'rows taller than allowed').toEqual([]);
      expect(m.wrappedNumbers, 'numbers broken over lines').toEqual([]);
      expect(m.texts.filter((t) => raw.includes(t) || /\bunknown\b/.test(t))).toEqual([]);
      expect(m.texts.filter((t) => /^\[[a-z0-9]+(?:-[a-z0-9]+)+\]$/.test(t))).toEqual([]);
    },
  );

  it('keeps the first column in view while a wide table scrolls on a phone', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 900 } });
    await page.goto(`${site.server.origin}/charts/parks-table/`);
    const box = page.locator('.table-scroll').first();
    const before = await box.evaluate((el) => ({ wide: el.scrollWidth > el.clientWidth + 50 }));
    expect(before.wide, 'the parks table is wider than a phone').toBe(true);
    await box.evaluate((el) => el.scrollBy(200, 0));
    const offsets = await box.evaluate((el) => {
      const first = el.querySelector('tbody tr > :first-child')!.getBoundingClientRect().left;
      const second = el.querySelector('tbody tr > :nth-child(2)')!.getBoundingClientRect().left;
      return { first: first - el.getBoundingClientRect().left, second, scrolled: el.scrollLeft };
    });
    expect(offsets.scrolled).toBeGreaterThan(100);
    expect(Math.abs(offsets.first)).toBeLessThan(2);
    await page.close();
  });
});
