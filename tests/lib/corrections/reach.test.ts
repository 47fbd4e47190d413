// Which charts a data correction reaches: those that show its row and its field, whatever their
// kind; and the sentence readers read on them.
import { describe, expect, it } from 'vitest';
import { loadChartDefinitions } from '../../../src/lib/charts/chartDefinitions.ts';
import { chartReads, reaches } from '../../../src/lib/corrections/chartReads.ts';
import { dataCorrections } from '../../../src/lib/corrections/dataCorrections.ts';
import { loadContentSet } from '../../../src/lib/data/contentSet.ts';
import { GEO, renderChart } from '../../../src/server/charts.ts';
import { fixtureFiles } from '../../support/fixtureContent.ts';

// The fixture's gdp row 430000-2019-first-published holds growth_pct 7.6: a correction from 7.8.
export const GROWTH = `- dataset: gdp
  row: 430000-2019-first-published
  field: growth_pct
  date: 2026-12-01
  was: 7.8
  now: 7.6
  why: 原数字抄自转载稿，已按统计公报改正
  sources: [seed-article]
- dataset: parks
  row: loudi-city-park
  field: date
  date: 2026-12-03
  was: 2018-05-14
  now: 2018-05-15
  why: 按园区揭牌报道改正。
  sources: [seed-article]
`;

const content = loadContentSet(fixtureFiles({ 'content/data/corrections.yaml': GROWTH }));
const [growth, park] = dataCorrections(content.datasets);

const metric = (value: string, where: string) => `kind: bar
title: 测试
metrics:
  - id: m
    data: gdp
    value: ${value}
    where: ${where}
`;

function chart(text: string) {
  const [loaded] = loadChartDefinitions([{ path: 'content/charts/t.yaml', text }], content, GEO);
  if (!loaded) throw new Error('no chart');
  return loaded;
}

const reached = (text: string) =>
  dataCorrections(content.datasets)
    .filter((c) => reaches(chartReads(chart(text).definition, content), c))
    .map((c) => c.field);

describe('a data correction reaches the charts that show its row and field', () => {
  it('a metric of that column over rows that include it', () => {
    expect(reached(metric('growth_pct', '{ year: 2019, vintage: first-published }'))).toEqual([
      'growth_pct',
    ]);
  });

  it('not a metric of another column of the same row, nor one whose filter leaves the row out', () => {
    expect(reached(metric('gdp_yi', '{ year: 2019, vintage: first-published }'))).toEqual([]);
    expect(reached(metric('growth_pct', '{ year: 2019, province: 420000 }'))).toEqual([]);
  });

  it('a table that lists the column, not one that leaves it out', () => {
    const table = (columns: string) =>
      `kind: table\ntitle: 测试\ndata: gdp\ncolumns: [${columns}]\n`;
    expect(reached(table('province, year, growth_pct'))).toEqual(['growth_pct']);
    expect(reached(table('province, year, gdp_yi'))).toEqual([]);
  });

  it('a count over rows filtered by the corrected column (the count depends on it)', () => {
    const count = `kind: bar\ntitle: 测试\nmetrics:\n  - { id: m, data: parks, value: count, label: 园区数, unit: 个, period: { from: 2018-01, to: 2020-05 } }\n`;
    expect(reached(count)).toEqual(['date']);
  });

  it('a timeline shows every column of its events', () => {
    const timeline = `kind: timeline\ntitle: 测试\ndata: parks\ndate: date\nlabel: name_zh\n`;
    expect(reached(timeline)).toEqual(['date']);
  });
});

describe('the sentence readers read on the chart', () => {
  it('names the dataset, the row and the column in words, the values in the house format', () => {
    const rendered = renderChart(
      chart(metric('growth_pct', '{ year: 2019, vintage: first-published }')),
      content,
    );
    expect(rendered.corrections.map((c) => c.text)).toEqual([
      '中部六省地区生产总值中，湖南·2019年·首次公布值的实际增速原为7.8%，现为7.6%。原数字抄自转载稿，已按统计公报改正。',
    ]);
    expect(growth?.row).toBe('430000-2019-first-published');
  });

  it('calls a row known by an id by its name, and dates as dates', () => {
    const table = `kind: table\ntitle: 测试\ndata: parks\ncolumns: [name_zh, date]\n`;
    expect(renderChart(chart(table), content).corrections.map((c) => c.text)).toEqual([
      '区块链产业园中，娄底市区块链产业园的日期原为2018年5月14日，现为2018年5月15日。按园区揭牌报道改正。',
    ]);
    expect(park?.date).toBe('2026-12-03');
  });
});
