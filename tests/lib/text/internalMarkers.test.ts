import { describe, expect, it } from 'vitest';
import { findMarkers } from '../../../src/lib/text/internalMarkers.ts';

const found = (text: string, ids?: Set<string>) => findMarkers(text, ids).map((m) => m.found);

describe('internal markers in reader text', () => {
  it('finds file names, bracketed slugs, slugs and field names', () => {
    expect(found('见 conflicts.yaml 和 gdp.csv')).toEqual(
      expect.arrayContaining(['conflicts.yaml', 'gdp.csv']),
    );
    expect(found('来源 [seed-01blockchain-2020-05-16]')).toContain(
      '[seed-01blockchain-2020-05-16]',
    );
    expect(found('来源 seed-01blockchain-2020-05-16')).toContain('seed-01blockchain-2020-05-16');
    expect(found('每行标明 date_conflict')).toContain('date_conflict');
  });

  it('finds raw values and the newsroom’s remarks', () => {
    expect(found('记为未知(null)')).toContain('null');
    expect(found('vintage 分别为')).toContain('vintage');
    expect(found('A journalist should re-source these values')).toHaveLength(2);
    expect(found('这种沉默暗示为0')).toContain('暗示为0');
  });

  it('finds the project’s own ids and enum values when given them', () => {
    expect(found('单位类型:blockchain-firm', new Set(['blockchain-firm']))).toEqual([
      'blockchain-firm',
    ]);
  });

  it('leaves reader text, dates, numbers and addresses alone', () => {
    expect(
      found(
        '湖南2019年地区生产总值39,752.12亿元，增长7.6%（2020-03-17公布）。见 https://x.cn/a-b-2/c.csv',
        new Set(['a-b-2']),
      ),
    ).toEqual([]);
    expect(found('Report on Hunan’s three-year blockchain action plan')).toEqual([]);
  });
});
