import { describe, expect, it } from 'vitest';
import { chartSlot, fillChartSlots } from '../../../src/lib/charts/chartSlots.ts';

describe('chart slots', () => {
  it('puts each chart where its slot is, as often as it is placed', () => {
    const html = `<p>a</p>${chartSlot('filings-map')}<p>b</p>${chartSlot('gdp-2019')}${chartSlot('filings-map')}`;
    expect(fillChartSlots(html, (id) => `<figure>${id}</figure>`)).toBe(
      '<p>a</p><figure>filings-map</figure><p>b</p><figure>gdp-2019</figure><figure>filings-map</figure>',
    );
  });

  it('leaves other markup alone, including look-alikes a writer could type', () => {
    const html = '<div data-chart-slot="x y"></div><div data-chart-slot="a">text</div>';
    expect(fillChartSlots(html, () => 'FIGURE')).toBe(html);
  });
});
