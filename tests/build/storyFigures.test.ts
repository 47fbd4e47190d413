// The figures of the built stories: each links to a real row (or dataset) on the data page, shows
// the value as the data table does with the column's unit, names its source for every reader,
// and reads the same as the same value in the story's charts.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readBuilt } from '../support/dist.ts';

const dir = join(import.meta.dirname, '..', '..', 'content', 'stories');
const slugs = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, ''))
  : [];

let data: CheerioAPI;
beforeAll(() => {
  assertBuilt();
  data = load(readBuilt('/data/'));
});

/** A figure's own text, without the source words for screen readers. */
const shown = ($: CheerioAPI, link: Parameters<CheerioAPI>[0]) =>
  $(link).clone().children('.visually-hidden').remove().end().text();

describe.each(slugs)('the figures of /stories/%s/', (slug) => {
  const $ = () => load(readBuilt(`/stories/${slug}/`));

  it('are links to rows of the data page that show the same value, with the unit', () => {
    const page = $();
    const links = page('.story-body a.figure').toArray();
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      const href = page(link).attr('href') ?? '';
      const text = shown(page, link);
      expect(href, text).toMatch(/^\/data\/#(row|dataset)-/);
      const target = data(`[id="${decodeURI(href.slice('/data/#'.length))}"]`);
      expect(target.length, `${text} → ${href}`).toBe(1);
      if (!href.includes('#row-')) continue;
      // The table cell shows the number; the figure adds the column's unit (or is a date).
      const cells = target
        .children('td, th')
        .toArray()
        .map((c) => data(c).text().trim());
      const number = /^([\d,.]+)(亿元|万元|元|项|个|家|%)$/.exec(text);
      if (number) expect(cells, `${text} → ${href}`).toContain(number[1]);
      else expect(cells, `${text} → ${href}`).toContain(text);
    }
  });

  it('name their source in words a screen reader reads, and in the title', () => {
    const page = $();
    for (const link of page('.story-body a.figure').toArray()) {
      const title = page(link).attr('title') ?? '';
      expect(title).toMatch(/^(来源：|据本站数据)/);
      expect(page(link).find('.visually-hidden').text()).toBe(`（${title}）`);
    }
  });

  it('leave no reference unresolved, in the text, the title or the description', () => {
    const page = $();
    page('script, style, textarea, code, pre').remove();
    const description = page('meta[name="description"]').attr('content') ?? '';
    for (const text of [page('body').text(), page('title').text(), description])
      expect(text).not.toMatch(/\{\{|\}\}/);
    expect(description.length).toBeGreaterThan(10);
  });
});

it('a figure reads as the same value does in the chart beside it (why-hunan, Hunan 2019 GDP)', () => {
  const page = load(readBuilt('/stories/why-hunan/'));
  const figure = page('.story-body a.figure[href$="#row-gdp-430000-2019-first-published"]').first();
  const text = shown(page, figure);
  expect(text).toBe('39,752.12亿元');
  const tips = page('figure[data-chart="gdp-central-provinces"] [data-tip^="湖南："]')
    .toArray()
    .map((el) => page(el).attr('data-tip') ?? '');
  expect(tips.some((tip) => tip.startsWith(`湖南：${text}（`))).toBe(true);
  // The growth rate keeps its decimal in text and in the chart alike.
  const growth = shown(
    page,
    page('.story-body a.figure[href$="#row-gdp-430000-2019-first-published"]').eq(1),
  );
  expect(growth).toBe('7.6%');
});
