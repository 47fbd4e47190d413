// The WeChat export of every published story (/wechat/<slug>/, issue 14 acceptance 3): what the
// WeChat editor takes — no script, frame, link, <div>, class or <style> in the copied article,
// inline styles only, only our chart images, every link a numbered reference listed at the end,
// under 20,000 characters of text and 1 MB of HTML.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { viewImagePath } from '../../src/lib/images/imagePaths.ts';
import { getCharts } from '../../src/server/charts.ts';
import { SITE } from '../../src/site.ts';
import { assertBuilt, DIST, readBuilt } from '../support/dist.ts';

const storiesDir = join(DIST, 'stories');
const slugs = existsSync(storiesDir)
  ? readdirSync(storiesDir).filter((d) => existsSync(join(storiesDir, d, 'index.html')))
  : [];
const ALLOWED = new Set('section p h2 h3 strong em span img br sup ul ol li'.split(' '));

const article = (slug: string) => {
  const $ = load(readBuilt(`/wechat/${slug}/`));
  return { $, root: $('#wechat-article') };
};

/** The charts the story's page places, in order, and the image each should be in the export. */
function placedImages(slug: string): string[] {
  const $ = load(readBuilt(`/stories/${slug}/`));
  return $('.story-body figure[data-chart]')
    .map((_, f) => {
      const id = $(f).attr('data-chart') ?? '';
      const chart = getCharts().find((c) => c.id === id);
      return viewImagePath(id, chart?.views[0]?.metric, true);
    })
    .get();
}

/** The reference list: number → address, from the "参考链接" block. */
function referenceList($: CheerioAPI, root: ReturnType<CheerioAPI>): Map<number, string> {
  const title = root.find('p').filter((_, p) => $(p).text() === '参考链接');
  const entries = title
    .nextAll('p')
    .map((_, p) => $(p).text())
    .get();
  return new Map(
    entries.map((text) => {
      const match = /^\[(\d+)\] (\S+)$/.exec(text);
      if (!match) throw new Error(`not a reference entry: ${text}`);
      return [Number(match[1]), match[2] ?? ''];
    }),
  );
}

describe('WeChat export', () => {
  // The charts are built once, on first use: on a loaded machine that takes more than 5 s.
  beforeAll(() => {
    assertBuilt();
    getCharts();
  }, 60_000);

  it('exists for every published story', () => {
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs)
      expect(existsSync(join(DIST, 'wechat', slug, 'index.html'))).toBe(true);
  });

  it.each(slugs)('%s: one article of allowed elements with inline styles only', (slug) => {
    const { $, root } = article(slug);
    expect(root.length).toBe(1);
    expect($('iframe').length).toBe(0);
    const tags = root
      .find('*')
      .map((_, e) => e.tagName)
      .get();
    expect(tags.length).toBeGreaterThan(20);
    expect(tags.filter((t) => !ALLOWED.has(t))).toEqual([]);
    root.find('*').each((_, e) => {
      const allowed = e.tagName === 'img' ? ['style', 'src', 'alt'] : ['style'];
      expect(
        Object.keys(e.attribs).filter((a) => !allowed.includes(a)),
        e.tagName,
      ).toEqual([]);
    });
    // The copy button's script is on the page, outside the article.
    expect($('script[src]').length).toBeGreaterThan(0);
    expect(root.find('script').length).toBe(0);
  });

  it.each(slugs)('%s: each placed chart is its image, with a description and a credit', (slug) => {
    const { $, root } = article(slug);
    const images = root.find('img');
    const expected = placedImages(slug);
    expect(expected.length).toBeGreaterThan(0);
    expect(images.map((_, i) => $(i).attr('src')).get()).toEqual(expected);
    images.each((_, i) => {
      expect($(i).attr('alt')?.length).toBeGreaterThan(10);
      expect($(i).next('p').text()).toMatch(/^来源：/);
    });
  });

  it.each(slugs)('%s: the chart images exist in the build (after the PNG merge)', (slug) => {
    for (const src of placedImages(slug)) expect(existsSync(join(DIST, src)), src).toBe(true);
  });

  it.each(slugs)('%s: every link of the story is a numbered reference listed once', (slug) => {
    const { $, root } = article(slug);
    const list = referenceList($, root);
    const marks = root
      .find('sup')
      .map((_, s) => Number(/^\[(\d+)\]$/.exec($(s).text())?.[1]))
      .get();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(list.keys()));
    expect([...list.keys()]).toEqual(
      list.size ? [...Array(list.size).keys()].map((i) => i + 1) : [],
    );
    expect(new Set(list.values()).size).toBe(list.size);
    // Every link in the story's prose, as an absolute address, is one of the references.
    const page = load(readBuilt(`/stories/${slug}/`));
    const storyUrl = `${SITE}/stories/${slug}/`;
    const links = page('.story-body a')
      .not('figure a')
      .map((_, a) => new URL(page(a).attr('href') ?? '', storyUrl).href)
      .get();
    expect(new Set(list.values())).toEqual(new Set(links));
    expect(root.text()).toContain(`原文与可交互图表：${storyUrl}`);
  });

  it.each(slugs)('%s: within WeChat limits (20,000 characters, 1 MB)', (slug) => {
    const { root } = article(slug);
    expect([...root.text()].length).toBeLessThan(20_000);
    expect(Buffer.byteLength(root.html() ?? '', 'utf8')).toBeLessThan(1024 * 1024);
  });

  it.each(slugs)('%s: not a reader page: noindex, not searched, not in the sitemap', (slug) => {
    const { $ } = article(slug);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('[data-pagefind-body]').length).toBe(0);
    const sitemap = readBuilt('/sitemap-0.xml');
    expect(sitemap).toContain(`/stories/${slug}/`);
    expect(sitemap).not.toContain('/wechat/');
  });
});
