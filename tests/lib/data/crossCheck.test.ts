import { describe, expect, it } from 'vitest';
import { valuesAt } from '../../../src/lib/data/crossCheck.ts';

describe('valuesAt', () => {
  it('expands * over lists and checks lists of ids one by one', () => {
    const row = { claims: [{ sources: ['a', 'b'] }, { sources: ['c'] }], sources: ['d'] };
    expect(valuesAt(row, 'claims.*.sources')).toEqual([
      { path: ['claims', 0, 'sources', 0], value: 'a' },
      { path: ['claims', 0, 'sources', 1], value: 'b' },
      { path: ['claims', 1, 'sources', 0], value: 'c' },
    ]);
    expect(valuesAt(row, 'sources')).toEqual([{ path: ['sources', 0], value: 'd' }]);
    expect(valuesAt(row, 'missing')).toEqual([]);
  });
});
