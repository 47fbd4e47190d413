import { describe, expect, it } from 'vitest';
import { inColumnUnit, shiftDecimal, withoutSeparators } from '../../../src/lib/data/numberText.ts';

describe('shiftDecimal', () => {
  it('moves the point on the digits, with no float error', () => {
    expect(shiftDecimal('3.64', 4)).toBe('36400');
    expect(shiftDecimal('0.07', 4)).toBe('700');
    expect(shiftDecimal('3.64', -4)).toBe('0.000364');
    expect(shiftDecimal('1.005', 2)).toBe('100.5');
    expect(shiftDecimal('-2.5', 1)).toBe('-25');
    expect(shiftDecimal('12', 0)).toBe('12');
  });
});

describe('withoutSeparators', () => {
  it('reads a number with thousands separators, and nothing else', () => {
    expect(withoutSeparators('36,425.78')).toBe('36425.78');
    expect(withoutSeparators('1,234,567')).toBe('1234567');
    expect(withoutSeparators('36，425.78')).toBe('36425.78');
    expect(withoutSeparators('3,64')).toBeUndefined();
    expect(withoutSeparators('a,b')).toBeUndefined();
  });
});

describe('inColumnUnit', () => {
  it.each([
    ['3.64万亿', '亿元', ['36400']],
    ['3.64万亿元', '亿元', ['36400']],
    ['3.64亿', '亿元', ['3.64']],
    ['3.64亿元', '亿元', ['3.64']],
    ['3.64万元', '亿元', ['0.000364']],
    ['3.64万', '亿元', ['0.000364', '36400']],
    ['3.64亿', '万元', ['36400']],
    ['3.64万', '万元', ['3.64']],
    ['3.64万', '元', ['36400']],
    ['1.2万', '项', ['12000']],
    ['12项', '项', ['12']],
    ['7.8%', '%', ['7.8']],
    ['12个', '项', []],
    ['about 5', '项', []],
  ])('%s in a column of %s', (text, unit, readings) => {
    expect(inColumnUnit(text, unit)).toEqual(readings);
  });
});
