import { describe, expect, it } from 'vitest';
import {
  chineseDateToIso,
  hasFullWidth,
  suggestHalfWidthFix,
  toHalfWidth,
} from '../../../src/lib/data/halfWidth.ts';

describe('halfWidth', () => {
  it('maps full-width digits and letters to half-width', () => {
    expect(toHalfWidth('２０２０ＡＢ，')).toBe('2020AB,');
    expect(hasFullWidth('２０')).toBe(true);
    expect(hasFullWidth('2020年')).toBe(false);
  });

  it('rewrites Chinese dates at their own precision', () => {
    expect(chineseDateToIso('２０２０年４月２３日')).toBe('2020-04-23');
    expect(chineseDateToIso('2018年11月')).toBe('2018-11');
    expect(chineseDateToIso('2017年')).toBe('2017');
    expect(chineseDateToIso('去年4月')).toBeUndefined();
  });

  it('suggests a fix only for values that have one', () => {
    expect(suggestHalfWidthFix('２０２０年４月２３日')).toContain('2020-04-23');
    expect(suggestHalfWidthFix('１３')).toContain(': 13');
    expect(suggestHalfWidthFix('13')).toBeUndefined();
    expect(suggestHalfWidthFix(13)).toBeUndefined();
  });
});
