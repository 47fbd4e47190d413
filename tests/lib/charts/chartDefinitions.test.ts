// Chart files: each kind validates its own fields, every reference is checked against the data,
// and every way a chart could publish empty or wrong stops with file, line, field and expectation.
import { describe, expect, it } from 'vitest';
import { loadChartDefinitions } from '../../../src/lib/charts/chartDefinitions.ts';
import { ContentError, formatProblem } from '../../../src/lib/data/contentError.ts';
import { GEO } from '../../../src/server/charts.ts';
import { fixtureContent } from '../../support/fixtureContent.ts';

const content = fixtureContent();
const good = `kind: choropleth
title: 备案数
metrics:
  - id: filings
    label: 备案数
    unit: 项
    data: filings-provinces
    value: services
`;

function messages(text: string, path = 'content/charts/x.yaml'): string[] {
  try {
    loadChartDefinitions([{ path, text }], content, GEO);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('loadChartDefinitions', () => {
  it('loads a valid chart with its id from the file name and defaults filled in', () => {
    const [chart] = loadChartDefinitions(
      [{ path: 'content/charts/filings-map.yaml', text: good }],
      content,
      GEO,
    );
    expect(chart?.id).toBe('filings-map');
    expect(chart?.kind).toBe('choropleth');
    if (chart?.kind !== 'choropleth') return;
    expect(chart.definition.metrics[0]).toMatchObject({ by: 'province', complete_for: 'all' });
    expect(chart.model.views[0]?.summary).toMatch(/湖南/);
  });

  it('names a column the dataset does not have, with line and the closest column', () => {
    expect(messages(good.replace('value: services', 'value: service'))).toEqual([
      'content/charts/x.yaml:8, field "metrics.0.value": expected count, or a numeric column of filings-provinces (services); found "service". Fix: did you mean "services"?',
    ]);
  });

  it('rejects an unknown dataset, kind, source and place', () => {
    expect(messages(good.replace('data: filings-provinces', 'data: filings')).join('\n')).toMatch(
      /x.yaml:7, field "metrics.0.data": expected the name of a dataset in content\/data\/ \(.*filings-provinces.*\); found "filings"/,
    );
    expect(messages(good.replace('kind: choropleth', 'kind: pie'))[0]).toMatch(
      /x.yaml:1, field "kind": expected one of: choropleth, bar, scatter, line, timeline, table; found "pie"/,
    );
    expect(messages(`${good}sources: [nope]\n`)[0]).toMatch(
      /field "sources.0": expected an id listed in content\/sources.yaml; found an unknown id "nope"/,
    );
    expect(messages(`${good}highlight: 999999\n`)[0]).toMatch(
      /field "highlight": expected a place code listed in content\/data\/places.yaml/,
    );
  });

  it('offers the kind a journalist meant', () => {
    expect(messages(good.replace('kind: choropleth', 'kind: Bar'))[0]).toMatch(
      /found "Bar". Fix: did you mean "bar"\?/,
    );
  });

  it('offers the dataset and the nested field a journalist meant', () => {
    expect(messages(good.replace('data: filings-provinces', 'data: filingProvinces'))[0]).toMatch(
      /found "filingProvinces". Fix: did you mean "filings-provinces"\?/,
    );
    expect(messages(good.replace('label: 备案数\n', 'lable: 备案数\n'))[0]).toMatch(
      /field "metrics.0.lable": expected only known fields \(id, label, title, subtitle, notes, unit, data, value, where, period, comparable, by, complete_for\); found an unknown field "lable". Fix: did you mean "label"\?/,
    );
    expect(messages(good.replace('kind: choropleth', 'kind: map'))[0]).toMatch(
      /did you mean "choropleth"\?/,
    );
  });

  it('asks for what each kind needs and rejects a bad file name', () => {
    expect(messages('kind: scatter\ntitle: t\n').join('\n')).toMatch(
      /field "x": expected a metric: id, data and value lines/,
    );
    expect(messages(good, 'content/charts/Filings Map.yaml')[0]).toMatch(
      /a file name of lower-case letters/,
    );
  });
});

describe('charts that would publish empty or wrong now fail', () => {
  it('a place name where a code is expected, with the code as the fix', () => {
    expect(messages(`${good}    where: { province: 湖南 }\n`)).toEqual([
      'content/charts/x.yaml:9, field "metrics.0.where.province": expected a place code listed in content/data/places.yaml (a code, not a name); found "湖南". Fix: did you mean 430000 (湖南)?',
    ]);
  });

  it('a misspelt filter value, with the closest value', () => {
    const chart = good.replace(
      'data: filings-provinces\n    value: services',
      'data: gdp\n    value: gdp_yi',
    );
    expect(messages(`${chart}    where: { vintage: first-publish }\n`)[0]).toMatch(
      /x.yaml:9, field "metrics.0.where.vintage": expected one of the values of vintage \(first-published, revised\); found "first-publish". Fix: did you mean "first-published"\?/,
    );
  });

  it('rows of different years added up for one place', () => {
    const chart = good.replace(
      'data: filings-provinces\n    value: services',
      'data: gdp-series\n    value: gdp_yi',
    );
    expect(messages(chart)[0]).toMatch(
      /x.yaml:4, field "metrics.0": expected one row per province \(rows that differ in year would be added up\): filter with where, e.g. year: 2017; found 3 rows for 430000 \(湖南\) \(year 2017, 2018, 2019\)/,
    );
  });

  it('a filter value no row has', () => {
    expect(messages(`${good}    where: { batches: 4-6 }\n`)[0]).toMatch(
      /field "metrics.0.where.batches": expected a value that some row of filings-provinces has in batches \(1-3\); found "4-6"/,
    );
  });

  it('filters that each match but never together', () => {
    const chart = good.replace(
      'data: filings-provinces\n    value: services',
      'data: gdp\n    value: gdp_yi',
    );
    expect(messages(`${chart}    where: { province: 430000, vintage: revised }\n`)[0]).toMatch(
      /field "metrics.0.where.vintage"|field "metrics.0.where": expected filters that some row of gdp matches together/,
    );
  });

  it('a view in which every place is unknown while the data has values', () => {
    const chart = good.replace(
      'data: filings-provinces\n    value: services',
      'data: gdp-series\n    value: gdp_yi',
    );
    expect(messages(`${chart}    where: { province: 420000, year: 2018 }\n`)[0]).toMatch(
      /field "metrics.0.where": expected a view in which some place has a value \(gdp-series has values for them without this filter\); found every place unknown/,
    );
  });

  it('a timeline event outside a fixed axis, naming the bound to widen', () => {
    const timeline = `kind: timeline\ntitle: t\ndata: events\nlabel: summary_zh\nfrom: 2016\nto: 2019\n`;
    expect(messages(timeline)[0]).toMatch(
      /x.yaml:6, field "to": expected an axis from 2016 to 2019 year that holds every event; found 1 event\(s\) outside it \(2020-04-27\)/,
    );
  });

  it('a timeline field the dataset does not have', () => {
    const timeline = `kind: timeline\ntitle: t\ndata: parks\nlabel: summary_zh\n`;
    expect(messages(timeline)[0]).toMatch(
      /field "label": expected a column of parks \(.*name_zh.*\); found "summary_zh"/,
    );
  });

  it('a line with two rows per place and period (a vintage left unfiltered)', () => {
    const line = `kind: line\ntitle: t\ndata: gdp\nvalue: gdp_yi\nwhere: { year: 2019 }\n`;
    expect(messages(line).join('\n')).toMatch(/at least two periods/);
  });

  it('an annotation pointing at nothing the chart shows', () => {
    expect(messages(`${good}annotations:\n  - text: 注\n    at: 999999\n`)).toEqual([
      'content/charts/x.yaml:11, field "annotations.0.at": expected a place, group, year or date this chart shows; found "999999".',
    ]);
  });
});
