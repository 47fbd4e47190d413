import { describe, expect, it } from 'vitest';
import { formatNumber, formatQuantity } from '../../../src/lib/format/number.ts';

describe('the house number format', () => {
  it('groups thousands with commas from 1,000 up and keeps at most two decimals', () => {
    expect(formatNumber(54259.2)).toBe('54,259.2');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(36425.784)).toBe('36,425.78');
  });

  it('keeps the published precision when a column declares its decimals', () => {
    expect(formatNumber(54259.2, { decimals: 2 })).toBe('54,259.20');
    expect(formatNumber(7, { decimals: 1 })).toBe('7.0');
  });

  it('writes the unit right after the number, with no space', () => {
    expect(formatQuantity(54259.2, '亿元')).toBe('54,259.2亿元');
    expect(formatQuantity(13, '项')).toBe('13项');
    expect(formatQuantity(7, '%', { decimals: 1 })).toBe('7.0%');
    expect(formatQuantity(13, ' 项 ')).toBe('13项');
  });

  it('says 至少 for a lower bound and 无数据 for an unknown value', () => {
    expect(formatQuantity(13, '项', { atLeast: true })).toBe('至少13项');
    expect(formatQuantity(null, '项')).toBe('无数据');
    expect(formatQuantity(undefined)).toBe('无数据');
  });
});
