// The real content/: it loads, every reference resolves, and (given the research folder in
// RESEARCH_DIR, see npm run check:facts) it carries the research's facts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { referencePaths, valuesAt } from '../../src/lib/data/crossCheck.ts';
import { getContent } from '../../src/server/content.ts';
import { datasetRows } from '../support/datasetRows.ts';
import { outsideFolder } from '../support/outsideFolder.ts';

const content = getContent(join(import.meta.dirname, '..', '..'));
const research = outsideFolder(
  'RESEARCH_DIR',
  'the comparison of the data with the research fact sheet',
  'npm run check:facts',
);
const FACTS = research ? join(research, 'facts.yaml') : '';

describe('the content set', () => {
  it('has rows in every dataset (a log declared empty: allowed may have none yet)', () => {
    expect(content.datasets.size).toBeGreaterThanOrEqual(13);
    for (const [name, dataset] of content.datasets)
      if (dataset.declaration.empty !== 'allowed') expect(dataset.rows.length, name).toBeGreaterThan(0);
  });

  it('resolves every source id and place code of every row', () => {
    const sourceIds = new Set(content.sources.map((r) => r.data.id));
    const placeCodes = new Set(content.places.map((r) => r.data.code));
    let checked = 0;
    for (const [name, dataset] of content.datasets) {
      for (const [pattern, target] of referencePaths(dataset.declaration.columns)) {
        if (target !== 'sources' && target !== 'places') continue;
        const known = target === 'sources' ? sourceIds : placeCodes;
        for (const row of dataset.rows) {
          for (const { value } of valuesAt(row.data, pattern)) {
            if (value === null) continue;
            expect(known.has(String(value)), `${name} ${pattern} ${String(value)}`).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('cites every listed source at least once', () => {
    const cited = new Set<string>();
    for (const dataset of content.datasets.values())
      for (const [pattern, target] of referencePaths(dataset.declaration.columns))
        if (target === 'sources')
          for (const row of dataset.rows) for (const { value } of valuesAt(row.data, pattern)) cited.add(String(value));
    const uncited = content.sources.map((r) => r.data.id).filter((id) => !cited.has(id));
    expect(uncited).toEqual([]);
  });

  it('names the six central provinces with their capitals', () => {
    const central = content.places.filter((r) => r.data.central).map((r) => r.data);
    expect(central.map((p) => p.code).sort()).toEqual(['140000', '340000', '360000', '410000', '420000', '430000']);
    const byCode = new Map(content.places.map((r) => [r.data.code, r.data]));
    const capitals = new Map(datasetRows(content, 'places').map((r) => [r.data['code'], r.data['capital']]));
    for (const province of central) expect(byCode.get(capitals.get(province.code) ?? '')?.parent, province.name_zh).toBe(province.code);
  });
});

describe.skipIf(!research)('the content against the research fact sheet', () => {
  it('finds facts.yaml in the research folder', () => {
    expect(existsSync(FACTS), `${FACTS} (RESEARCH_DIR must name the folder holding facts.yaml)`).toBe(true);
  });
  const facts = existsSync(FACTS) ? parse(readFileSync(FACTS, 'utf8')) : {};

  it('has every GDP level and every confirmed growth rate, and no recalled one', () => {
    let compared = 0;
    for (const province of facts.provinces ?? []) {
      for (const entry of province.gdp) {
        const vintage = String(entry.vintage).startsWith('first_published') ? 'first-published' : 'revised';
        const row = datasetRows(content, 'gdp').find((r) => r.data.province === province.code && r.data.year === entry.year && r.data.vintage === vintage);
        expect(row, `${province.name_zh} ${entry.year} ${vintage}`).toBeDefined();
        expect(row!.data.gdp_yi, `${province.name_zh} ${entry.year} ${vintage}`).toBeCloseTo(entry.value_precise ?? entry.value, 2);
        if (entry.growth_pct !== undefined) {
          const confirmed = entry.growth_confidence !== 'recalled';
          expect(row!.data.growth_pct, `${province.name_zh} ${entry.year} growth`).toBe(confirmed ? entry.growth_pct : null);
        }
        compared++;
      }
    }
    expect(compared).toBe(19);
  });

  it('has the filings of each central province and city, unknown where the article is silent', () => {
    for (const fact of facts.filings.central_provinces_cumulative_batches_1_to_3) {
      const row = datasetRows(content, 'filings-provinces').find((r) => r.data.province === fact.code);
      expect(row?.data.services, fact.province).toBe(fact.total);
      for (const [cityName, count] of Object.entries(fact.by_city ?? {})) {
        const city = content.places.find((p) => p.data.name_zh === cityName);
        const cityRow = datasetRows(content, 'filings-cities').find((r) => r.data.city === city?.data.code);
        expect(cityRow?.data.services, cityName).toBe(count);
      }
    }
    for (const batch of facts.filings.batches) {
      const row = datasetRows(content, 'filing-batches').find((r) => r.data.batch === batch.batch);
      expect(row?.data).toMatchObject({ published: batch.published, services: batch.services });
    }
  });

  it('has every Hunan park with its date, and the leads elsewhere', () => {
    for (const park of facts.parks.hunan) {
      const date = String(park.approved ?? park.established);
      const row = datasetRows(content, 'parks').find((r) => r.data.province === '430000' && r.data.date?.startsWith(date));
      expect(row, `${park.name_zh} ${date}`).toBeDefined();
    }
    const leads = facts.parks.other_provinces_table3.leads.filter((lead: { city?: string }) => lead.city);
    for (const lead of leads) {
      const city = content.places.find((p) => p.data.name_zh === lead.city);
      expect(datasetRows(content, 'parks').some((r) => r.data.city === city?.data.code), lead.city).toBe(true);
    }
  });

  it('has every dated event and policy of the fact sheet on its date', () => {
    const dates = new Set([...datasetRows(content, 'events').map((r) => r.data.date), ...datasetRows(content, 'parks').map((r) => r.data.date)]);
    const missing = (facts.events as { date: string; event_zh: string }[]).filter((e) => !dates.has(e.date) && !e.event_zh.includes('01区块链发表'));
    expect(missing.map((e) => `${e.date} ${e.event_zh}`)).toEqual([]);
    const policies = [...facts.policies.national, ...facts.policies.hunan_table5.rows, ...facts.policies.other_provinces_table2.rows];
    const undated = policies.filter((p: { date: string | null }) => p.date !== null && !dates.has(String(p.date).replace(/ \(reported\)$/, '')));
    expect(undated.map((p: { date: string; title_zh?: string }) => `${p.date} ${p.title_zh ?? ''}`)).toEqual([]);
  });

  it('has every named key project with its stated investment', () => {
    for (const project of facts.key_projects.hunan_2020_list.projects_named) {
      // The site writes full-width brackets (house style); the fact sheet half-width ones.
      const fold = (name: unknown) => String(name).replace(/（/g, '(').replace(/）/g, ')');
      const row = datasetRows(content, 'key-projects').find((r) => fold(r.data.name_zh) === fold(project.name_zh));
      expect(row, project.name_zh).toBeDefined();
      expect(row!.data.investment_yi).toBeNull();
    }
    for (const project of facts.key_projects.q1_2020_seven_regions.projects.filter((p: { investment_yi?: number }) => p.investment_yi)) {
      const row = datasetRows(content, 'key-projects').find((r) => r.data.investment_yi === project.investment_yi && project.name_zh.startsWith(r.data.name_zh.slice(0, 4)));
      expect(row, project.name_zh).toBeDefined();
    }
  });

  it('records every conflict of the fact sheet', () => {
    expect(datasetRows(content, 'conflicts').length).toBeGreaterThanOrEqual(facts.conflicts.length);
  });
});

describe('the GDP series behind the line chart', () => {
  it('has all six provinces for 2014–2020, and Hunan third every year, as the chart title says', () => {
    const rows = datasetRows(content, 'gdp-series').map((r) => r.data);
    const years = [...new Set(rows.map((r) => r['year'] as number))].sort();
    expect(years).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    for (const year of years) {
      const ranked = rows
        .filter((r) => r['year'] === year)
        .sort((a, b) => (b['gdp_yi'] as number) - (a['gdp_yi'] as number))
        .map((r) => r['province']);
      expect(ranked.length, String(year)).toBe(6);
      expect(ranked.indexOf('430000'), String(year)).toBe(2);
    }
  });
});
