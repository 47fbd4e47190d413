import { describe, expect, it } from 'vitest';
import type { Column } from '../../../src/lib/data/declaration.ts';
import { valueHint } from '../../../src/lib/data/valueHints.ts';

const columns: Record<string, Column> = {
  gdp: { type: 'amount', label: '地区生产总值', unit: '亿元', unknown: 'allowed' },
  year: { type: 'year', label: '年份' },
  date: { type: 'date', label: '日期' },
  name: { type: 'text', label: '名称' },
  sources: { type: 'sources', label: '来源' },
  claims: {
    type: 'list',
    label: '说法',
    fields: { amount: { type: 'amount', label: '金额', unit: '万元' } },
  },
};
const hint = (
  field: string | (string | number)[],
  value: unknown,
  format: 'yaml' | 'csv' = 'yaml',
) => valueHint(value, typeof field === 'string' ? [field] : field, { format, columns });

describe('valueHint', () => {
  it.each(['未知', '不详', '无', 'NULL', 'N/A', 'n/a', '-', '—', '——', '？'])(
    'tells how to write %s as an unknown value',
    (word) => {
      expect(hint('gdp', word)).toBe(
        "for an unknown value write null and say why in the row's note",
      );
    },
  );

  it('leaves words alone in a text column', () => {
    expect(hint('name', '未知')).toBeUndefined();
  });

  it('reads fields of list items through the declaration', () => {
    expect(hint(['claims', 0, 'amount'], '3.64亿')).toBe(
      "write the number in the column's unit (万元): 36400",
    );
  });

  it('writes dates year-month-day, and only dates that exist', () => {
    expect(hint('date', '2020/4/27')).toBe('write 2020-04-27');
    expect(hint('date', '2020.4')).toBe('write 2020-04');
    expect(hint('date', '２０２０年４月２７日')).toBe('write 2020-04-27');
    expect(hint('date', '2020/2/30')).toBe(
      'check the date in the source: 2020-02-30 does not exist in the calendar',
    );
    expect(hint('date', 'spring')).toBeUndefined();
  });

  it('writes a year as four digits', () => {
    expect(hint('year', '2019年')).toBe('write the year as four digits alone: 2019');
  });

  it('writes source ids with the separator of the file', () => {
    expect(hint(['sources', 0], 'a；b', 'csv')).toBe(
      'separate the ids with ";" in a CSV cell: a;b',
    );
    expect(hint('sources', 'a，b')).toBe('write the ids as a list: [a, b]');
    expect(hint(['sources', 1], 'a, b')).toBe('separate the ids with half-width commas: a, b');
  });

  it('has no hint for a field it knows nothing about', () => {
    expect(hint('other', '36,425.78')).toBeUndefined();
  });
});
