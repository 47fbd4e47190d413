import { describe, expect, it } from 'vitest';
import {
  dateSpan,
  dodge,
  TARGET,
  timelineSpec,
  timelineSummary,
  type TimelineEvent,
} from '../../../src/lib/charts/timeline.ts';

const event = (id: string, date: string, row: string): TimelineEvent => ({
  id,
  date,
  row,
  category: 'provincial',
  text: id,
  sources: ['s'],
});

const spec = (events: TimelineEvent[], from = 2017, to = 2020) =>
  timelineSpec({
    events,
    rowLabels: new Map([
      ['', '全国'],
      ['430000', '湖南'],
    ]),
    rowOrder: ['', '430000', '420000'],
    from,
    to,
    width: 704,
  });

describe('timelineSpec', () => {
  it('knows the first and last day a partial date can mean', () => {
    const [a, b] = dateSpan('2018-11');
    expect(b - a).toBe(29);
    const [c, d] = dateSpan('2017');
    expect(d - c).toBe(364);
    const [e, f] = dateSpan('2020-04-27');
    expect(e).toBe(f);
  });

  it('orders events by date, places them in their lane and shows dates at their precision', () => {
    const s = spec([event('b', '2020-04-27', '430000'), event('a', '2018-11', '')]);
    expect(s.events.map((e) => [e.id, e.dateText, e.precision])).toEqual([
      ['a', '2018年11月', 'month'],
      ['b', '2020年4月27日', 'day'],
    ]);
    expect(s.rows.map((r) => r.label)).toEqual(['全国', '湖南']);
    const [national, hunan] = s.rows;
    expect(s.events[0]!.y).toBeGreaterThan(national!.top);
    expect(s.events[0]!.y).toBeLessThan(national!.bottom);
    expect(s.events[1]!.y).toBeGreaterThan(hunan!.top);
    expect(s.years.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020, 2021]);
    expect(s.years[0]!.x).toBe(76);
    expect(s.years.at(-1)!.x).toBe(688);
  });

  it('draws a month- or year-only date as an imprecise mark at the start of its period, a day as a point', () => {
    const s = spec([
      event('year', '2019', '430000'),
      event('month', '2018-03', ''),
      event('day', '2020-01-07', ''),
    ]);
    const byId = new Map(s.events.map((e) => [e.id, e]));
    const year = byId.get('year')!;
    const month = byId.get('month')!;
    const day = byId.get('day')!;
    const x2019 = s.years.find((y) => y.year === 2019)!.x;
    const x2020 = s.years.find((y) => y.year === 2020)!.x;
    // The year-only mark sits on 1 January, its period (the whisker) runs to the year's end.
    expect([year.exact, year.x, year.x0, year.x1]).toEqual([false, x2019, x2019, x2020]);
    expect(month.exact).toBe(false);
    expect(month.x).toBe(month.x0);
    expect(month.x1 - month.x0).toBeGreaterThan(5);
    expect(month.x1 - month.x0).toBeLessThan(year.x1 - year.x0);
    // A day is a point: no period.
    expect(day.exact).toBe(true);
    expect(day.x1).toBe(day.x0);
  });

  it('dodges marks closer than a finger target onto sub-rows, so no two targets overlap', () => {
    const cluster = ['2020-01', '2020-01-07', '2020-01-12', '2020-02', '2020-02-27', '2019'].map(
      (d, i) => event(`e${i}`, d, '430000'),
    );
    const s = spec(cluster);
    const lane = s.rows[0]!;
    for (const a of s.events)
      for (const b of s.events)
        if (a !== b && a.y === b.y) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(TARGET);
    expect(new Set(s.events.map((e) => e.y)).size).toBeGreaterThan(1);
    for (const e of s.events) {
      expect(e.y - TARGET / 2).toBeGreaterThanOrEqual(lane.top);
      expect(e.y + TARGET / 2).toBeLessThanOrEqual(lane.bottom);
    }
    expect(s.plotBottom).toBe(lane.bottom);
  });

  it('dodge puts a mark on the first sub-row with room', () => {
    expect(dodge([0, 10, 30, 40, 100])).toEqual([0, 1, 0, 1, 0]);
    expect(dodge([0, 10, 20])).toEqual([0, 1, 2]);
  });
});

describe('timelineSummary', () => {
  it('counts what is drawn, names the first and last date and the imprecise ones', () => {
    const s = spec([
      event('b', '2020-04-27', '430000'),
      event('a', '2018-11', ''),
      event('c', '2019', ''),
    ]);
    expect(timelineSummary(s.events)).toBe(
      '从2018年11月到2020年4月27日共3件事，其中2件的日期只精确到月或年。',
    );
    expect(timelineSummary(spec([event('d', '2020-04-27', '')]).events)).toBe(
      '2020年4月27日共1件事。',
    );
    expect(timelineSummary([])).toBe('没有可以画出的事件。');
  });
});
