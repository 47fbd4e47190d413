import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../src/server/content.ts';
import { assertBuilt, builtPages, readBuilt } from '../support/dist.ts';
import { datasetRows } from '../support/datasetRows.ts';

describe('the built data page', () => {
  beforeAll(assertBuilt);
  const content = getContent();
  const page = () => load(readBuilt('/data/'));

  it.each([...content.datasets.keys()].filter((name) => name !== 'sources'))(
    'shows every row of %s in its table',
    (name) => {
      const $ = page();
      const section = $(`#dataset-${name}`);
      expect(section.length, `section #dataset-${name}`).toBe(1);
      expect(section.find('table caption').text()).not.toBe('');
      expect(section.find('tbody tr').length).toBe(datasetRows(content, name).length);
      expect(section.find('th[scope=col]').length).toBeGreaterThan(1);
    },
  );

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
