import { describe, expect, it } from 'vitest';
import { loadChartDefinitions } from '../../../src/lib/charts/chartDefinitions.ts';
import { ContentError, formatProblem } from '../../../src/lib/data/contentError.ts';
import { fixtureContent } from '../../support/fixtureContent.ts';

const content = fixtureContent();
const good = `kind: choropleth
title: 备案数
metrics:
  - id: filings
    label: 备案数
    unit: 项
    data: filingProvinces
    value: services
`;

function messages(text: string, path = 'content/charts/x.yaml'): string[] {
  try {
    loadChartDefinitions([{ path, text }], content);
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
    );
    expect(chart?.id).toBe('filings-map');
    expect(chart?.definition.metrics?.[0]).toMatchObject({ by: 'province', complete_for: 'all' });
  });

  it('names a field the dataset does not have, with line and the closest field', () => {
    expect(messages(good.replace('value: services', 'value: service'))).toEqual([
      'content/charts/x.yaml:8, field "metrics.0.value": expected count, or a numeric field of filingProvinces (services); found "service". Fix: did you mean "services"?.',
    ]);
  });

  it('rejects an unknown dataset, kind, source and place', () => {
    expect(messages(good.replace('data: filingProvinces', 'data: filings')).join('\n')).toMatch(
      /x.yaml:7, field "metrics.0.data": expected one of the datasets: sources, places/,
    );
    expect(messages(good.replace('kind: choropleth', 'kind: pie'))[0]).toMatch(
      /x.yaml:1, field "kind": expected one of: choropleth, scatter, timeline, bar, table; found "pie"/,
    );
    expect(messages(`${good}sources: [nope]\n`)[0]).toMatch(
      /field "sources.0": expected an id listed in content\/sources.yaml; found an unknown id "nope"/,
    );
    expect(messages(`${good}highlight: 999999\n`)[0]).toMatch(
      /field "highlight": expected a place code listed/,
    );
  });

  it('asks for what each kind needs and rejects a bad file name', () => {
    expect(messages('kind: scatter\ntitle: t\n').join('\n')).toMatch(
      /an x metric for a scatter chart/,
    );
    expect(messages(good, 'content/charts/Filings Map.yaml')[0]).toMatch(
      /a file name of lower-case letters/,
    );
  });
});
