import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format/number.ts';
import { countByTier, figuresOf, secondaryOnlyRows } from '../../src/lib/sources/figures.ts';
import { getContent } from '../../src/server/content.ts';
import { assertBuilt, readBuilt } from '../support/dist.ts';

describe("the methodology page's source-tier table", () => {
  beforeAll(assertBuilt);
  const figures = figuresOf(getContent());
  const page = () => load(readBuilt('/methodology/'));

  it('shows the count of figures per tier that the data gives', () => {
    const $ = page();
    const shown = Object.fromEntries(
      $('#source-tier-table tbody tr')
        .toArray()
        .map((tr) => [$(tr).attr('data-tier'), $(tr).find('td').first().text().trim()]),
    );
    const expected = Object.fromEntries(
      countByTier(figures)
        .filter((c) => c.tier !== 'none' || c.count > 0)
        .map((c) => [c.tier, formatNumber(c.count)]),
    );
    expect(shown).toEqual(expected);
    expect($('#source-tier-table caption').text()).toContain(`共${formatNumber(figures.length)}个`);
  });

  it('lists every row resting only on secondary sources, without ids or file names', () => {
    const $ = page();
    const items = $('details.secondary-only li');
    expect(items.length).toBe(secondaryOnlyRows(figures).length);
    const text = $('details.secondary-only').text();
    expect(text).not.toMatch(/\.(csv|ya?ml)\b|github-|seed-/);
  });

  it('marks a secondary-only row on the data page', () => {
    const $ = load(readBuilt('/data/'));
    expect($('#dataset-gdp .secondary-note').length).toBeGreaterThan(0);
  });
});
