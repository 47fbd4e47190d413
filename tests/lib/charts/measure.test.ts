import { describe, expect, it } from 'vitest';
import { computeMetric, matchesWhere, provinceOf } from '../../../src/lib/charts/measure.ts';
import { metricSchema } from '../../../src/lib/charts/kinds/metric.ts';
import { fixtureContent } from '../../support/fixtureContent.ts';

const content = fixtureContent();
const metric = (fields: Record<string, unknown>) =>
  metricSchema.parse({ id: 'm', label: 'M', unit: '项', ...fields });

describe('computeMetric', () => {
  it('sums a field per province, keeping sources', () => {
    const values = computeMetric(
      metric({ data: 'filings-provinces', value: 'services' }),
      content,
      ['430000', '420000'],
    );
    expect(values[0]).toMatchObject({
      code: '430000',
      value: 13,
      atLeast: false,
      sources: ['seed-article'],
    });
    // Hubei has no row: a sum over nothing is unknown, not zero.
    expect(values[1]).toMatchObject({ code: '420000', value: null });
  });

  it('counts rows, and a place without rows is zero only where the data is complete', () => {
    const complete = computeMetric(
      metric({ data: 'parks', value: 'count', where: { level: 'provincial' } }),
      content,
      ['430000', '420000'],
    );
    expect(complete.map((v) => v.value)).toEqual([1, 0]);
    const partial = computeMetric(
      metric({ data: 'parks', value: 'count', complete_for: ['430000'] }),
      content,
      ['430000', '420000'],
    );
    expect(partial.map((v) => [v.value, v.atLeast])).toEqual([
      [2, false],
      [null, false],
    ]);
  });

  it('marks a count as a lower bound where the data is incomplete', () => {
    const values = computeMetric(
      metric({ data: 'parks', value: 'count', complete_for: ['420000'] }),
      content,
      ['430000'],
    );
    expect(values[0]).toMatchObject({ value: 2, atLeast: true });
  });

  it('keeps a value unknown when a row says it is unknown, with the row’s note', () => {
    const values = computeMetric(
      metric({ data: 'gdp', value: 'growth_pct', where: { year: 2019 } }),
      content,
      ['420000', '430000'],
    );
    expect(values[0]).toMatchObject({ value: null, note: '增速未经证实;发布日期未知' });
    expect(values[1]?.value).toBe(7.6);
  });

  it('groups by city and finds a city’s province', () => {
    const values = computeMetric(
      metric({ data: 'filings-cities', value: 'services', by: 'city' }),
      content,
      ['430100', '431300'],
    );
    expect(values.map((v) => v.value)).toEqual([12, 1]);
    expect(provinceOf('431300', content)).toBe('430000');
  });

  it('groups by a number column as well as by text (a year is not "2019" ≠ 2019)', () => {
    const values = computeMetric(
      metric({ data: 'gdp-series', value: 'gdp_yi', by: 'year' }),
      content,
      ['2017', '2019'],
    );
    expect(values.map((v) => v.value)).toEqual([33828.1 + 37235, 39894.1 + 45429]);
  });

  it('filters rows with where, a list meaning any of its values', () => {
    expect(matchesWhere({ level: 'city' }, { level: ['city', 'district'] })).toBe(true);
    expect(matchesWhere({ level: 'provincial' }, { level: 'city' })).toBe(false);
    expect(matchesWhere({ a: 1 }, undefined)).toBe(true);
  });
});
