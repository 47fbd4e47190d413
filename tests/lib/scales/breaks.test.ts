import { describe, expect, it } from 'vitest';
import { binOf, classBins, niceStep, SEQUENTIAL } from '../../../src/lib/scales/breaks.ts';

describe('class breaks', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(13, 5)).toBe(5);
    expect(niceStep(48056, 5)).toBe(10000);
    expect(niceStep(3, 5)).toBe(1);
    expect(niceStep(0, 5)).toBe(1);
  });

  it('covers every value with equal steps from zero', () => {
    const bins = classBins([13, 9, 4, 1]);
    expect(bins.map((b) => [b.from, b.to])).toEqual([
      [0, 5],
      [5, 10],
      [10, 15],
    ]);
    expect(binOf(13, bins).from).toBe(10);
    expect(binOf(0, bins).from).toBe(0);
    expect(binOf(5, bins).from).toBe(5);
  });

  it('spreads the palette from lightest to darkest over the classes in use', () => {
    const bins = classBins([13, 9, 4, 1]);
    expect(bins[0]?.color).toBe(SEQUENTIAL[0]);
    expect(bins.at(-1)?.color).toBe(SEQUENTIAL.at(-1));
    expect(classBins([2, 1, 0], { integer: true }).map((b) => b.from)).toEqual([0, 1, 2]);
    expect(classBins([2, 1, 0]).length).toBe(5);
  });
});
