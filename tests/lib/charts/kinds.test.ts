// Each chart kind, built through the registry from a chart file on the fixture content: its
// views, summaries, table, CSV rows, sources and annotations come from the data it shows.
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../support/charts.ts';

const metric = (data: string, value: string, extra = '') =>
  `  - id: m\n    data: ${data}\n    value: ${value}\n${extra}`;

describe('choropleth', () => {
  const chart = buildChart(
    `kind: choropleth\ntitle: t\nhighlight: 430000\nmetrics:\n${metric('filings-provinces', 'services')}annotations:\n  - text: 最多\n    at: 430000\n`,
  );
  it('has a view per metric, the six provinces, gaps kept unknown; one value is listed, not ranked', () => {
    if (chart.kind !== 'choropleth') throw new Error(chart.kind);
    const [view] = chart.model.views;
    expect(view?.summary).toBe('备案数：湖南13项；湖北无数据。');
    expect(view?.list).toEqual([
      { name: '湖南', text: '13项' },
      { name: '湖北', text: '无数据' },
    ]);
    expect(chart.model.table.columns).toEqual(['地区', '备案数（项）']);
    expect(
      chart.model.table.rows.find((r) => r[0]?.kind === 'text' && r[0].text === '湖北')?.[1],
    ).toEqual({ kind: 'missing' });
    expect(chart.model.sources).toEqual(['seed-article']);
    expect(chart.model.annotations).toEqual([{ text: '最多', at: '430000', target: '湖南' }]);
  });
});

describe('bar', () => {
  it('groups by a year column (numbers and text alike) and orders bars by value', () => {
    const chart = buildChart(
      `kind: bar\ntitle: t\nmetrics:\n${metric('gdp-series', 'count', '    label: 行数\n    unit: 行\n    by: year\n')}`,
    );
    // The unit is in the column heading; cells hold the number alone.
    expect(chart.model.table.columns[1]).toContain('行数');
    expect(
      chart.model.table.rows.map((r) => r.map((c) => (c.kind === 'text' ? c.text : c.kind))),
    ).toEqual([
      ['2017', '2'],
      ['2018', '2'],
      ['2019', '2'],
    ]);
  });
});

describe('scatter', () => {
  it('pairs x and y per province and lists those it cannot plot', () => {
    const chart = buildChart(
      `kind: scatter\ntitle: t\nx:\n  id: gdp\n  data: gdp\n  value: gdp_yi\nmetrics:\n${metric('filings-provinces', 'services')}`,
    );
    if (chart.kind !== 'scatter') throw new Error(chart.kind);
    const view = chart.model.views[0];
    expect(view?.spec.scatter.points.map((p) => [p.name, p.x, p.y])).toEqual([
      ['湖南', 39752.12, 13],
    ]);
    expect(view?.spec.scatter.missing).toContain('湖北');
    expect(view?.spec.sources['430000']).toEqual(['seed-article', 'seed-article']);
  });
});

describe('line', () => {
  const chart = buildChart(
    `kind: line\ntitle: t\ndata: gdp-series\nvalue: gdp_yi\nhighlight: 430000\nannotations:\n  - text: 普查修订\n    at: 2018\n`,
  );
  it('draws a value per place per period, a missing period as a gap', () => {
    if (chart.kind !== 'line') throw new Error(chart.kind);
    const spec = chart.model.views[0]!.spec;
    expect(spec.periods.map((p) => p.period)).toEqual(['2017', '2018', '2019']);
    const hubei = spec.series.find((s) => s.code === '420000')!;
    expect(hubei.values).toEqual([37235, null, 45429]);
    // Two runs of one point each: a gap, never a line through zero.
    expect(hubei.segments.map((run) => run.map((p) => p.period))).toEqual([['2017'], ['2019']]);
    expect(spec.series.find((s) => s.code === '430000')?.highlighted).toBe(true);
  });

  it('labels each line at its end without overlap, and says what the data says', () => {
    if (chart.kind !== 'line') throw new Error(chart.kind);
    const spec = chart.model.views[0]!.spec;
    const ys = spec.series.map((s) => s.label!.y).sort((a, b) => a - b);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(16);
    expect(chart.model.views[0]?.summary).toBe(
      // Two lines: no leader and no rank to state.
      '湖南从2017年的33,828.1亿元变为2019年的39,894.1亿元；湖北有年份缺少数据，画成断开。',
    );
    expect(chart.model.table.rows[1]).toEqual([
      { kind: 'text', text: '湖北' },
      { kind: 'text', text: '37,235.0' },
      { kind: 'missing' },
      { kind: 'text', text: '45,429.0' },
    ]);
    expect(chart.model.annotations[0]?.target).toBe('2018年');
  });
});

describe('timeline', () => {
  it('takes dataset, date, label, lane and colour from the chart file and fits the axis', () => {
    const chart = buildChart(
      `kind: timeline\ntitle: t\ndata: parks\nlabel: name_zh\nlane: province\ncolour: level\n`,
    );
    if (chart.kind !== 'timeline') throw new Error(chart.kind);
    const view = chart.model.views[0]!.spec;
    expect(view.timeline.years.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021]);
    expect(view.lanes).toEqual([{ key: '430000', label: '湖南' }]);
    expect(view.categories.map((c) => c.label)).toEqual(['省级', '市级']);
    expect(chart.model.table.rows.map((r) => r[3])).toEqual([
      { kind: 'text', text: '娄底市区块链产业园' },
      { kind: 'text', text: '湖南省区块链产业园(娄底万宝)' },
    ]);
  });

  it('adds rows of other datasets with their own fields', () => {
    const chart = buildChart(
      `kind: timeline\ntitle: t\ndata: events\nlabel: summary_zh\nalso:\n  - data: parks\n    label: name_zh\n`,
    );
    expect(chart.model.csv.rows.map((r) => r[0])).toEqual([
      'loudi-city-park',
      'loudi-wanbao-provincial-park',
      'hunan-action-plan-2020',
    ]);
  });
});

describe('table', () => {
  it('shows the chosen columns with declared labels and enum labels, and CSV raw values', () => {
    const chart = buildChart(
      `kind: table\ntitle: t\ndata: key-projects\ncolumns: [name_zh, owner_type, investment_yi, sources]\n`,
    );
    expect(chart.model.table.columns).toEqual([
      '项目',
      '业主类型',
      '计划或签约金额（亿元）',
      '来源',
    ]);
    expect(chart.model.table.rows[0]?.[1]).toEqual({ kind: 'text', text: '园区运营方' });
    expect(chart.model.table.rows[0]?.[2]).toEqual({ kind: 'missing' });
    expect(chart.model.csv.columns).toEqual(['name_zh', 'owner_type', 'investment_yi', 'sources']);
    expect(chart.model.csv.rows[0]?.[1]).toBe('park-operator');
  });

  it('points annotations at a row by the value of its first column', () => {
    const chart = buildChart(
      `kind: table\ntitle: t\ndata: key-projects\ncolumns: [name_zh, owner_zh]\nannotations:\n  - text: 唯一点名的平台\n    at: 中芯区块链(长沙)公共服务平台\n`,
    );
    expect(chart.model.annotations[0]?.target).toBe('中芯区块链(长沙)公共服务平台');
  });
});
