import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../src/server/content.ts';
import { assertBuilt, builtPages, readBuilt } from '../support/dist.ts';
import { datasetRows } from '../support/datasetRows.ts';

describe('the built data page', () => {
  beforeAll(assertBuilt);
  const content = getContent();
  const page = () => load(readBuilt('/data/'));

  // The correction log is shown in words on the methodology page (tests/build/corrections.test.ts).
  it.each(
    [...content.datasets.keys()].filter((name) => name !== 'sources' && name !== 'corrections'),
  )('shows every row of %s in its table', (name) => {
    const $ = page();
    const section = $(`#dataset-${name}`);
    expect(section.length, `section #dataset-${name}`).toBe(1);
    expect(section.find('table caption').text()).not.toBe('');
    expect(section.find('tbody tr').length).toBe(datasetRows(content, name).length);
    expect(section.find('th[scope=col]').length).toBeGreaterThan(1);
  });

  it('lists every source once, with a link when its address is known', () => {
    const $ = page();
    for (const { data: source } of content.sources) {
      const item = $(`#source-${source.id}`);
      expect(item.length, source.id).toBe(1);
      if (source.url) expect(item.find(`a[href="${source.url}"]`).length, source.id).toBe(1);
    }
  });

  it('links every cited source id to an entry of the source list', () => {
    const $ = page();
    const links = $('a[href^="#source-"]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links.length).toBeGreaterThan(datasetRows(content, 'gdp').length);
    for (const href of new Set(links)) expect($(href).length, href).toBe(1);
  });

  it('names each source link by the publisher of the source it points to', () => {
    const $ = page();
    const publisher = new Map(
      content.sources.map(({ data }) => [`source-${data.id}`, data.publisher]),
    );
    const links = $('table a[href^="#source-"]');
    expect(links.length).toBeGreaterThan(0);
    links.each((_, a) => {
      const id = a.attribs['href']!.slice(1);
      expect($(a).text(), id).toBe(publisher.get(id));
    });
  });

  it('shows labels, names and dates in the tables, never keys, ids or file names', () => {
    const $ = page();
    const raw = new Set<string>();
    for (const dataset of content.datasets.values()) {
      for (const column of Object.values(dataset.declaration.columns))
        for (const key of Object.keys(column.values ?? {})) raw.add(key);
      for (const row of dataset.rows)
        if (typeof row.data['id'] === 'string') raw.add(row.data['id']);
    }
    const cells = $('table td, table th')
      .map((_, c) => $(c).text().trim())
      .get();
    expect(cells.filter((text) => raw.has(text))).toEqual([]);
    expect(cells.filter((text) => /^\d{4}-\d{2}(-\d{2})?$/.test(text))).toEqual([]);
    // The key-project list a project belongs to is named, not cited by its id.
    expect(cells).toContain('2020年湖南省大数据和区块链产业发展重点项目');
    // The page's own words name no file (notes written by journalists are checked elsewhere).
    expect($('[data-dataset] > p').text()).not.toMatch(/\b[\w-]+\.(?:csv|ya?ml)\b/);
  });

  it('marks unknown values as unknown, never as blank or zero', () => {
    const $ = page();
    const unknownGrowth = datasetRows(content, 'gdp').filter(
      (row) => row.data.growth_pct === null,
    ).length;
    expect(unknownGrowth).toBeGreaterThan(0);
    expect($('#dataset-gdp .missing').length).toBeGreaterThanOrEqual(unknownGrowth);
  });

  it('builds a home page, a data page and a 404 page, all in Chinese', () => {
    expect(builtPages()).toEqual(expect.arrayContaining(['/', '/data/', '/404.html']));
    for (const path of builtPages())
      expect(load(readBuilt(path))('html').attr('lang'), path).toBe('zh-CN');
  });
});

describe('the correction log', () => {
  it('is not a table of keys on the data page', () => {
    expect(load(readBuilt('/data/'))('#dataset-corrections').length).toBe(0);
  });
});
