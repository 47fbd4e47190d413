import { describe, expect, it } from 'vitest';
import { dateSpan, timelineSpec } from '../../../src/lib/charts/timeline.ts';

const event = (id: string, date: string, row: string) => ({
  id,
  date,
  row,
  category: 'provincial',
  text: id,
  sources: ['s'],
});

describe('timelineSpec', () => {
  it('spans a month-only date over the whole month and a year-only date over the year', () => {
    const [a, b] = dateSpan('2018-11');
    expect(b - a).toBe(29);
    const [c, d] = dateSpan('2017');
    expect(d - c).toBe(364);
    const [e, f] = dateSpan('2020-04-27');
    expect(e).toBe(f);
  });

  it('orders events by date, places them in their row and shows dates at their precision', () => {
    const spec = timelineSpec({
      events: [event('b', '2020-04-27', '430000'), event('a', '2018-11', 'national')],
      rowLabels: new Map([
        ['national', '全国'],
        ['430000', '湖南'],
      ]),
      rowOrder: ['national', '430000', '420000'],
      from: 2017,
      to: 2020,
      width: 640,
    });
    expect(spec.events.map((e) => [e.id, e.dateText, e.precision])).toEqual([
      ['a', '2018年11月', 'month'],
      ['b', '2020年4月27日', 'day'],
    ]);
    expect(spec.rows.map((r) => r.label)).toEqual(['全国', '湖南']);
    const [month, day] = spec.events;
    expect(month!.x1 - month!.x0).toBeGreaterThan(5);
    expect(day!.x1 - day!.x0).toBeLessThan(1);
    expect(spec.years.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020, 2021]);
    expect(spec.years[0]!.x).toBe(64);
    expect(spec.years.at(-1)!.x).toBe(628);
  });
});
