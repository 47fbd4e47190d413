import { describe, expect, it } from 'vitest';
import { getCharts } from '../../src/server/charts.ts';
import { wechatChart } from '../../src/server/wechatChart.ts';

const chart = (id: string) => {
  const found = getCharts().find((c) => c.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
};

describe('wechatChart', () => {
  it("is the image of the chart's first view, described by its summary, with its credit line", () => {
    const gdp = chart('gdp-vs-activity');
    const made = wechatChart(gdp);
    expect(made.src).toBe('/charts/gdp-vs-activity.png');
    expect(made.alt).toBe(gdp.views[0]?.summary);
    expect(made.caption[0]).toMatch(/^来源：[^，。]+等\d+份$/);
  });

  it('says which view the image shows when readers of the original can switch', () => {
    const gdp = chart('gdp-vs-activity');
    const [first, ...others] = gdp.views.map((v) => v.label);
    expect(wechatChart(gdp).caption.at(-1)).toBe(
      `本图为“${first}”；原文中还可切换为${others.map((l) => `“${l}”`).join('、')}。`,
    );
  });

  it("carries a map's review line (or the schematic mark)", () => {
    const map = chart('filings-map');
    expect(wechatChart(map).caption).toContain(map.mapCredit?.lines[0]);
  });
});
