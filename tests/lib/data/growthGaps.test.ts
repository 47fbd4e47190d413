import { describe, expect, it } from 'vitest';
import { describeGrowthGaps, growthGaps } from '../../../src/lib/data/growthGaps.ts';
import { fixtureContent } from '../../support/fixtureContent.ts';

describe('growthGaps', () => {
  it('lists first-published rows without a growth rate, never the revised series', () => {
    const gaps = growthGaps(fixtureContent());
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((gap) => Number.isInteger(gap.year) && gap.place.length > 0)).toBe(true);
  });

  it('groups the gaps by year in house style', () => {
    const gap = (place: string, year: number) => ({ code: place, place, year });
    expect(describeGrowthGaps([gap('河南', 2018), gap('安徽', 2018), gap('湖北', 2019)])).toBe(
      '河南、安徽2018年和湖北2019年',
    );
    expect(describeGrowthGaps([gap('湖北', 2019)])).toBe('湖北2019年');
    expect(describeGrowthGaps([])).toBe('');
  });
});
