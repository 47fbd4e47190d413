import { describe, expect, it } from 'vitest';
import { formatCell, numberText, refNames, tableView } from '../../../src/lib/data/tableView.ts';
import { fixtureContent } from '../../support/fixtureContent.ts';

const content = fixtureContent();
const declarations = content.datasets;
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
          growth_pct: 7,
          published: '2020-01-21',
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
      { kind: 'text', text: '7.0' },
      { kind: 'text', text: '2020年1月21日' },
      { kind: 'sources', ids: ['a', 'b'] },
      { kind: 'text', text: '未证实' },
    ]);
  });

  it('formats nested groups, lists, enums and true/false as readable text', () => {
    const batches = declarationOf('filing-batches').columns;
    expect(
      formatCell(
        batches['leaders']!,
        [
          { province: '110000', services: 87 },
          { province: '430000', services: 13 },
        ],
        placeName,
      ),
    ).toBe('北京87项；湖南13项');
    const parks = declarationOf('parks').columns;
    expect(formatCell(parks['firms']!, ['甲', '乙'], placeName)).toBe('甲；乙');
    expect(formatCell(parks['in_period']!, true, placeName)).toBe('是');
    expect(formatCell(parks['in_period']!, false, placeName)).toBe('否');
    expect(formatCell(parks['level']!, 'provincial', placeName)).toBe('省级');
    expect(formatCell(parks['date']!, '2018-11', placeName)).toBe('2018年11月');
    const projects = declarationOf('key-projects').columns;
    expect(formatCell(projects['owner_type']!, 'unknown', placeName)).toBe('未说明');
  });

  it('names a referenced row by its name, never by its id', () => {
    const projects = declarationOf('key-projects');
    const view = tableView(
      projects,
      [{ name_zh: '甲', list: 'hunan-2020-list', investment_yi: 0.5 }],
      placeName,
      ['name_zh', 'list', 'investment_yi'],
      refNames(content.datasets),
    );
    expect(view.rows[0]).toEqual([
      { kind: 'text', text: '甲' },
      { kind: 'text', text: '2020年湖南省大数据和区块链产业发展重点项目' },
      { kind: 'text', text: '0.5' },
    ]);
    expect(refNames(content.datasets)('project-lists', 'no-such-list')).toBeUndefined();
  });

  it('leaves row ids out of a reader table unless asked for', () => {
    const view = tableView(declarationOf('key-projects'), [], placeName);
    expect(view.columns.map((c) => c.field)).not.toContain('id');
    expect(view.columns.map((c) => c.field)).toContain('name_zh');
  });

  it('prints numbers grouped, percentages with their decimal and lower bounds in words', () => {
    expect(numberText(54259.2, 'amount')).toBe('54,259.2');
    expect(numberText(7, 'percent')).toBe('7.0');
    expect(numberText(7.25, 'percent')).toBe('7.25');
    expect(numberText(13, 'count', true)).toBe('至少13');
    expect(numberText(2019, 'count')).toBe('2,019');
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
