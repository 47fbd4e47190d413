import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../../src/lib/data/parseCsv.ts';

describe('parseCsvTable', () => {
  it('reads rows keyed by column with their line numbers, across quoted newlines', () => {
    const { parsed, problems } = parseCsvTable('t.csv', 'a,b\n1,"x\ny"\n2,z\n');
    expect(problems).toEqual([]);
    expect(parsed?.items.map((i) => [i.index, i.line, i.value])).toEqual([
      [1, 2, { a: '1', b: 'x\ny' }],
      [2, 4, { a: '2', b: 'z' }],
    ]);
  });

  it('strips a byte-order mark from the header', () => {
    const { parsed } = parseCsvTable('t.csv', '\uFEFFa,b\n1,2\n');
    expect(parsed?.items[0]?.value).toEqual({ a: '1', b: '2' });
  });

  it('rejects rows with too few or too many cells, naming row and line', () => {
    const { problems } = parseCsvTable('t.csv', 'a,b\n1\n1,2,3\n');
    expect(problems).toMatchObject([
      { line: 2, item: { kind: 'row', index: 1 }, found: '1 cells' },
      { line: 3, item: { kind: 'row', index: 2 }, found: '3 cells' },
    ]);
  });

  it('rejects an empty file, a header without rows, blank and repeated column names', () => {
    expect(parseCsvTable('t.csv', '  \n').problems[0]?.found).toBe('an empty file');
    expect(parseCsvTable('t.csv', 'a,b\n').problems[0]?.found).toBe('only the header');
    expect(parseCsvTable('t.csv', 'a,,a\n1,2,3\n').problems.map((p) => p.found)).toEqual([
      'an empty header cell',
      'the same column name twice',
    ]);
  });

  it('reports a quote that is never closed at the line where it opens', () => {
    const { problems } = parseCsvTable('t.csv', 'a,b\n1,2\n3,"open\n4,5\n');
    expect(problems).toMatchObject([{ line: 3, found: 'a quote that is never closed' }]);
  });

  it('treats a quote inside an unquoted cell as text, as d3-dsv does', () => {
    const { parsed, problems } = parseCsvTable('t.csv', 'a,b\n5",x\n');
    expect(problems).toEqual([]);
    expect(parsed?.items[0]?.value).toEqual({ a: '5"', b: 'x' });
  });
});
