import { describe, expect, it } from 'vitest';
import type { MetricMeta } from '../../../src/lib/charts/kinds/metric.ts';
import type { PlaceValue } from '../../../src/lib/charts/measure.ts';
import { comparable, rankingSummary, scatterSummary } from '../../../src/lib/charts/summary.ts';
import { scatterSpec } from '../../../src/lib/charts/scatter.ts';

const names = new Map([
  ['430000', '湖南'],
  ['420000', '湖北'],
  ['410000', '河南'],
  ['360000', '江西'],
  ['340000', '安徽'],
]);
const v = (code: string, value: number | null, atLeast = false): PlaceValue => ({
  code,
  value,
  atLeast,
  sources: [],
});
const meta = (id: string, label: string, unit: string): MetricMeta => ({
  id,
  label,
  unit,
  integer: true,
  comparable: true,
  by: 'province',
});
const filings = meta('filings', '备案数', '项');
const gdp = { ...meta('gdp', 'GDP', '亿元'), integer: false };

describe('rankingSummary', () => {
  it('names the leader among the known values, the runner-up, the gap and the gaps', () => {
    expect(
      rankingSummary(
        filings,
        [v('430000', 13), v('420000', 9), v('340000', 4), v('360000', null)],
        names,
      ),
    ).toBe('在有数据的3个省份中，湖南的备案数最多（13项），比第二的湖北（9项）多4项；江西无数据。');
  });

  it('says "times" when the leader has at least double', () => {
    expect(
      rankingSummary(filings, [v('430000', 13), v('410000', 1), v('420000', 1)], names),
    ).toContain('是其13倍');
  });

  it('names no leader with fewer than three values, a tie, or a lower bound beside the top', () => {
    expect(rankingSummary(filings, [v('430000', 16), v('360000', 2)], names)).toBe(
      '备案数：湖南16项，江西2项。',
    );
    expect(rankingSummary(filings, [v('430000', 2), v('420000', 2), v('410000', 1)], names)).toBe(
      '备案数：湖南、湖北各2项，河南1项。',
    );
    expect(
      rankingSummary(filings, [v('430000', 3), v('360000', 2, true), v('410000', 1, true)], names),
    ).toBe('备案数：湖南3项，江西至少2项，河南至少1项。');
  });

  it('lists values in their order, without ranking, when they are not comparable', () => {
    const amounts = { ...meta('amount', '计划或签约金额', '亿元'), comparable: false };
    expect(
      rankingSummary(
        amounts,
        [v('360000', 15), v('430000', null), v('410000', 20), v('420000', 5)],
        names,
      ),
    ).toBe(
      '计划或签约金额：江西15亿元，河南20亿元，湖北5亿元；湖南无数据。这些数值口径不同，不作比较。',
    );
  });

  it('tells a view that can show a comparison from one that cannot', () => {
    expect(comparable([v('430000', 1), v('420000', 2), v('410000', null)])).toBe(false);
    expect(comparable([v('430000', 1), v('420000', 1), v('410000', 1)])).toBe(false);
    expect(comparable([v('430000', 1), v('420000', 2), v('410000', 1)])).toBe(true);
  });
});

describe('scatterSummary', () => {
  const x = {
    meta: gdp,
    values: [v('410000', 54259), v('420000', 45828), v('430000', 39752), v('360000', 24757)],
  };

  it('ranks the activity leader by x among the plotted places', () => {
    const spec = scatterSpec({
      x,
      y: {
        meta: filings,
        values: [v('410000', 1), v('420000', 9), v('430000', 13), v('360000', null)],
      },
      names,
      highlight: '430000',
    });
    expect(spec.points.map((p) => p.code)).toEqual(['410000', '420000', '430000']);
    expect(scatterSummary(spec)).toBe(
      '在图中3个省份中，备案数最多的是湖南（13项），其GDP居第三；GDP最大的河南，备案数为1项；江西缺少数据，未画出。',
    );
  });

  it('never says a single plotted place leads', () => {
    const spec = scatterSpec({
      x,
      y: {
        meta: filings,
        values: [v('410000', null), v('420000', null), v('430000', 2), v('360000', null)],
      },
      names,
      highlight: '430000',
    });
    expect(scatterSummary(spec)).toBe('备案数：湖南2项；河南、湖北、江西缺少数据，未画出。');
  });
});
