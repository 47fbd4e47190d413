import { describe, expect, it } from 'vitest';
import { grouped, lanesOf } from '../../../src/lib/charts/kinds/timelineLanes.ts';
import type { BuildContext } from '../../../src/lib/charts/kinds/types.ts';
import type { TimelineEvent } from '../../../src/lib/charts/timeline.ts';

const names = new Map([
  ['430000', '湖南'],
  ['420000', '湖北'],
  ['370000', '山东'],
  ['440000', '广东'],
]);
const context = { names, central: ['420000', '430000'] } as unknown as BuildContext;
const event = (id: string, row: string): TimelineEvent => ({
  id,
  date: '2020',
  row,
  ...(row ? { place: names.get(row) ?? '' } : {}),
  category: '',
  text: id,
  sources: [],
});
const events = [
  event('a', '370000'),
  event('b', '430000'),
  event('c', ''),
  event('d', '440000'),
  event('e', '420000'),
];

describe('timeline lanes', () => {
  it('merges places outside the central provinces into the chart’s other lane, keeping each place', () => {
    const chart = { lane_empty: '全国', lane_other: '其他省份' };
    const g = grouped(events, chart, context);
    expect(g.map((e) => [e.row, e.place])).toEqual([
      ['other', '山东'],
      ['430000', '湖南'],
      ['', '全国'],
      ['other', '广东'],
      ['420000', '湖北'],
    ]);
    expect(lanesOf(g, chart, context)).toEqual([
      { key: '', label: '全国' },
      { key: '420000', label: '湖北' },
      { key: '430000', label: '湖南' },
      { key: 'other', label: '其他省份' },
    ]);
  });

  it('without lane_other, labels every lane by its place’s name, never its code', () => {
    const chart = { lane_empty: '全国' };
    const lanes = lanesOf(grouped(events, chart, context), chart, context);
    expect(lanes.map((l) => l.label)).toEqual(['全国', '湖北', '湖南', '山东', '广东']);
    expect(lanes.some((l) => /\d/.test(l.label))).toBe(false);
  });
});
