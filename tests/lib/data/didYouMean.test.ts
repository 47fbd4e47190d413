import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../../src/lib/data/didYouMean.ts';

describe('didYouMean', () => {
  it('counts edits between words', () => {
    expect(editDistance('level', 'levle')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('proposes the closest known word for a typo and nothing for a stranger', () => {
    expect(didYouMean('levle', ['level', 'date', 'name_zh'])).toBe('level');
    expect(didYouMean('soruces', ['sources', 'note'])).toBe('sources');
    expect(didYouMean('population', ['level', 'date'])).toBeUndefined();
  });
});

describe('didYouMean with shortened names', () => {
  it('proposes the one known name that starts with the word', () => {
    expect(didYouMean('growth', ['growth_pct', 'gdp_yi'])).toBe('growth_pct');
    expect(didYouMean('na', ['name_zh', 'name_en'])).toBeUndefined();
  });
});
