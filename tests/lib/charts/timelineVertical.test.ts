import { describe, expect, it } from 'vitest';
import { timelineSpec, type TimelineEvent } from '../../../src/lib/charts/timeline.ts';
import {
  datesFit,
  flowItems,
  NARROW,
  shortDate,
  verticalSpec,
} from '../../../src/lib/charts/timelineVertical.ts';
import { textWidth, truncateToWidth } from '../../../src/lib/format/textWidth.ts';

const event = (id: string, date: string, text = id): TimelineEvent => ({
  id,
  date,
  row: '430000',
  place: '湖南',
  category: 'provincial',
  text,
  sources: [],
});

const placed = (events: TimelineEvent[]) =>
  timelineSpec({
    events,
    rowLabels: new Map([['430000', '湖南']]),
    rowOrder: ['430000'],
    from: 2017,
    to: 2020,
    width: 704,
  }).events;

describe('verticalSpec (the narrow layout)', () => {
  const long = '湖南省工信厅印发区块链三年行动计划，提出到2022年建10个以上公共服务平台';
  const events = placed([
    event('c', '2020-04-27', long),
    event('a', '2017'),
    event('b', '2019-03'),
    event('d', '2020-01-07'),
  ]);
  const spec = verticalSpec(events, (e) => e.place ?? '', 2);

  it('runs time down: rows in date order, a heading per year above its rows', () => {
    expect(spec.rows.map((r) => r.event.id)).toEqual(['a', 'b', 'd', 'c']);
    const ys = spec.rows.map((r) => r.y);
    expect(ys).toEqual([...ys].sort((p, q) => p - q));
    expect(spec.years.map((y) => y.year)).toEqual([2017, 2019, 2020]);
    const heading2020 = spec.years.find((y) => y.year === 2020)!.y;
    const rowB = spec.rows.find((r) => r.event.id === 'b')!.y;
    const rowD = spec.rows.find((r) => r.event.id === 'd')!.y;
    expect(heading2020).toBeGreaterThan(rowB);
    expect(heading2020).toBeLessThan(rowD);
    expect(spec.top).toBe(2 * NARROW.legendLine + 8);
    expect(spec.height).toBeGreaterThan(ys.at(-1)! + NARROW.rowHeight / 2);
  });

  it('gives each row a finger-sized target', () => {
    const ys = spec.rows.map((r) => r.y);
    ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(24));
    expect(NARROW.rowHeight).toBeGreaterThanOrEqual(24);
  });

  it('shows dates without the heading’s year, except a year-only date, which says its year', () => {
    expect(spec.rows.map((r) => r.date)).toEqual(['2017年', '3月', '1月7日', '4月27日']);
    expect(shortDate({ dateText: '2019年', precision: 'year' })).toBe('2019年');
    expect(datesFit(spec)).toBe(true);
  });

  it('cuts long text to one line that fits, with an ellipsis, and names the place', () => {
    const row = spec.rows.at(-1)!;
    expect(row.label.endsWith('…')).toBe(true);
    expect(long.startsWith(row.label.slice(0, -1))).toBe(true);
    expect(textWidth(row.label, NARROW.fontSize)).toBeLessThanOrEqual(
      NARROW.width - NARROW.labelX - NARROW.right,
    );
    expect(spec.rows[0]!.label).toBe('a');
    expect(spec.rows.every((r) => r.place === '湖南')).toBe(true);
  });
});

describe('text measures for the layouts', () => {
  it('truncateToWidth keeps short text whole and cuts long text before a trailing comma', () => {
    expect(truncateToWidth('湖南', 100, 14)).toBe('湖南');
    expect(truncateToWidth('湖南，湖北和江西', 56, 14)).toBe('湖南…');
    expect(textWidth('2019年', 10)).toBeCloseTo(34);
  });

  it('flowItems wraps to a new line when the next item would not fit', () => {
    expect(flowItems([50, 50, 50], 120, 10)).toEqual([
      { x: 0, line: 0 },
      { x: 60, line: 0 },
      { x: 0, line: 1 },
    ]);
  });
});
