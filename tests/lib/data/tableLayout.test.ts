import { describe, expect, it } from 'vitest';
import { columnFits, textWidthEm } from '../../../src/lib/data/tableLayout.ts';
import type { TableCell } from '../../../src/lib/data/tableView.ts';

const text = (t: string): TableCell => ({ kind: 'text', text: t });
const missing: TableCell = { kind: 'missing' };

describe('columnFits', () => {
  it('keeps numbers, with their lower bounds and unknowns, on one line aligned right', () => {
    const fits = columnFits([
      [text('湖南'), text('54,259.2'), text('至少13')],
      [text('湖北'), missing, text('7.0')],
    ]);
    expect(fits.slice(1)).toEqual(['number', 'number']);
  });

  it('keeps short text on one line and gives long text a width where it takes a few lines', () => {
    const short = '长沙县';
    const name = '湖南省区块链产业园(长沙星沙)';
    const note = '与'.repeat(200);
    const fits = columnFits([[text(short), text(name), text(note), text('2018年5月15日')]]);
    expect(fits).toEqual(['nowrap', 'w8', 'w32', 'nowrap']);
    // The width chosen holds the longest text in at most five lines (the 32em cap aside).
    expect(textWidthEm(name) / 8).toBeLessThanOrEqual(5);
  });

  it('steps widths with the length of the longest text, up to a cap', () => {
    const widthOf = (n: number) => columnFits([[text('字'.repeat(n))]])[0];
    expect([7, 8, 40, 41, 60, 61, 80, 100, 120, 121, 160, 161, 400].map(widthOf)).toEqual([
      'nowrap',
      'w8',
      'w8',
      'w12',
      'w12',
      'w16',
      'w16',
      'w20',
      'w24',
      'w28',
      'w32',
      'w32',
      'w32',
    ]);
  });

  it('measures Latin text as narrower than Chinese', () => {
    expect(textWidthEm('湖南')).toBe(2);
    expect(textWidthEm('Hunan')).toBeCloseTo(3.75);
  });

  it('gives a column of sources links room for several', () => {
    expect(columnFits([[text('甲'), { kind: 'sources', ids: ['a', 'b'] }]])[1]).toBe('sources');
  });
});
