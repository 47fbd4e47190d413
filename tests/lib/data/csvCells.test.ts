import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cellKind, cellValue, coerceRecord } from '../../../src/lib/data/csvCells.ts';
import { count, placeCode, sourceIds } from '../../../src/lib/schema/common.ts';

describe('csvCells', () => {
  it('reads the kind of a column through optional, nullable and preprocess wrappers', () => {
    expect(cellKind(count().nullable())).toBe('number');
    expect(cellKind(sourceIds())).toBe('list');
    expect(cellKind(placeCode())).toBe('text');
    expect(cellKind(z.boolean().optional())).toBe('boolean');
  });

  it('turns cells into values: empty is absent, null is unknown, lists split on semicolons', () => {
    expect(cellValue('', 'number')).toBeUndefined();
    expect(cellValue('null', 'number')).toBeNull();
    expect(cellValue('12.5', 'number')).toBe(12.5);
    expect(cellValue('１２', 'number')).toBe('１２');
    expect(cellValue('a; b;', 'list')).toEqual(['a', 'b']);
    expect(cellValue('430000', 'text')).toBe('430000');
  });

  it('coerces a record by its schema and keeps codes as text', () => {
    const shape = { province: placeCode(), services: count(), sources: sourceIds() };
    expect(coerceRecord({ province: '430000', services: '13', sources: 'x;y' }, shape)).toEqual({
      province: '430000',
      services: 13,
      sources: ['x', 'y'],
    });
  });
});
