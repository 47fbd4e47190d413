import { describe, expect, it } from 'vitest';
import { formatCell, tableView } from '../../../src/lib/data/tableView.ts';
import { fixtureContent } from '../../support/fixtureContent.ts';

const declarations = fixtureContent().datasets;
const declarationOf = (name: string) => declarations.get(name)!.declaration;

const names: Record<string, string> = { '430000': '湖南', '110000': '北京' };
const placeName = (code: string) => names[code];

describe('tableView', () => {
  it('labels columns in Chinese, shows places by name, keeps years plain and marks unknowns', () => {
    const view = tableView(
      declarationOf('gdp'),
      [
        {
          province: '430000',
          year: 2019,
          vintage: 'first-published',
          gdp_yi: 39752.12,
          growth_pct: null,
          published: null,
          sources: ['a', 'b'],
          note: '未证实',
        },
      ],
      placeName,
    );
    expect(view.columns.map((c) => c.label)).toEqual([
      '省份',
      '年份',
      '口径',
      '地区生产总值（亿元）',
      '实际增速（%）',
      '发布日期',
      '来源',
      '说明',
    ]);
    expect(view.rows[0]).toEqual([
      { kind: 'text', text: '湖南' },
      { kind: 'text', text: '2019' },
      { kind: 'text', text: '首次公布值' },
      { kind: 'text', text: '39,752.12' },
      { kind: 'missing' },
      { kind: 'missing' },
      { kind: 'sources', ids: ['a', 'b'] },
      { kind: 'text', text: '未证实' },
    ]);
  });

  it('formats nested groups, lists, enums and true/false as readable text', () => {
    const batches = declarationOf('filing-batches').columns;
    expect(formatCell(batches['leaders']!, [{ province: '110000', services: 87 }], placeName)).toBe(
      '北京 87',
    );
    const parks = declarationOf('parks').columns;
    expect(formatCell(parks['firms']!, ['甲', '乙'], placeName)).toBe('甲;乙');
    expect(formatCell(parks['in_period']!, true, placeName)).toBe('是');
    expect(formatCell(parks['level']!, 'provincial', placeName)).toBe('省级');
  });

  it('leaves an absent optional field blank rather than unknown', () => {
    const view = tableView(
      declarationOf('places'),
      [
        {
          code: '430000',
          name_zh: '湖南省',
          short_zh: '湖南',
          name_en: 'Hunan',
          level: 'province',
          sources: ['x'],
        },
      ],
      placeName,
    );
    const parent = view.columns.findIndex((c) => c.field === 'parent');
    expect(view.rows[0]?.[parent]).toEqual({ kind: 'text', text: '' });
  });
});
