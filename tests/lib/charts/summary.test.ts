import { describe, expect, it } from 'vitest';
import type { PlaceValue } from '../../../src/lib/charts/measure.ts';
import { rankingSummary, scatterSummary } from '../../../src/lib/charts/summary.ts';
import { scatterSpec } from '../../../src/lib/charts/scatter.ts';

const names = new Map([
  ['430000', '湖南'],
  ['420000', '湖北'],
  ['410000', '河南'],
  ['360000', '江西'],
]);
const v = (code: string, value: number | null, atLeast = false): PlaceValue => ({
  code,
  value,
  atLeast,
  sources: [],
});
const filings = { id: 'filings', label: '备案数', unit: '项', integer: true };
const gdp = { id: 'gdp', label: 'GDP', unit: '亿元', integer: false };

describe('rankingSummary', () => {
  it('names the leader, the runner-up, the gap and the places without data', () => {
    expect(
      rankingSummary(filings, [v('430000', 13), v('420000', 9), v('360000', null)], names),
    ).toBe('湖南的备案数最多(13 项),比第二的湖北(9 项)多 4 项;江西没有数据。');
  });

  it('says "times" when the leader has at least double', () => {
    expect(rankingSummary(filings, [v('430000', 13), v('410000', 1)], names)).toContain(
      '是其 13 倍',
    );
  });

  it('reports ties and lower bounds honestly', () => {
    expect(rankingSummary(filings, [v('430000', 2), v('420000', 2)], names)).toBe(
      '湖南、湖北的备案数并列最多(各 2 项)。',
    );
    expect(rankingSummary(filings, [v('430000', 3, true)], names)).toBe(
      '湖南的备案数最多(至少 3 项)。',
    );
  });
});

describe('scatterSummary', () => {
  it('contrasts the activity leader’s economic rank with the largest economy’s activity', () => {
    const spec = scatterSpec({
      x: {
        meta: gdp,
        values: [v('410000', 54259), v('420000', 45828), v('430000', 39752), v('360000', 24757)],
      },
      y: {
        meta: filings,
        values: [v('410000', 1), v('420000', 9), v('430000', 13), v('360000', null)],
      },
      names,
      highlight: '430000',
    });
    expect(spec.points.map((p) => p.code)).toEqual(['410000', '420000', '430000']);
    expect(spec.missing).toEqual(['江西']);
    expect(scatterSummary(spec)).toBe(
      '备案数最多的是湖南(13 项),其GDP在 3 个有数据的省份中排第 3;GDP最大的河南只有 1 项(江西缺少数据,未画出)。',
    );
  });
});
