import { describe, expect, it } from 'vitest';
import { datePrecision, formatDateZh, isRealDate } from '../../../src/lib/format/partialDate.ts';

describe('partialDate', () => {
  it('reads the precision from the length of the date', () => {
    expect(datePrecision('2020')).toBe('year');
    expect(datePrecision('2020-04')).toBe('month');
    expect(datePrecision('2020-04-27')).toBe('day');
  });

  it('accepts real dates and rejects impossible ones', () => {
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2019-02-29')).toBe(false);
    expect(isRealDate('2019-13')).toBe(false);
    expect(isRealDate('2019-04-31')).toBe(false);
    expect(isRealDate('2019-00-10')).toBe(false);
    expect(isRealDate('20-04-01')).toBe(false);
  });

  it('never shows a day for a month-only date', () => {
    expect(formatDateZh('2018-11')).toBe('2018年11月');
    expect(formatDateZh('2020-04-27')).toBe('2020年4月27日');
    expect(formatDateZh('2017')).toBe('2017年');
  });
});
