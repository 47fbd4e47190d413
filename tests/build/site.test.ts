// The built site as a whole: feed, sitemap, links and anchors, page metadata.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, builtPages, DIST, readBuilt } from '../support/dist.ts';

const SITE = 'https://central-china-chain.example';
const xml = new XMLParser({ ignoreAttributes: false });
const pages = builtPages().filter((p) => p !== '/404.html');
// Embed pages are for iframes: not indexed, and their canonical URL is the chart's own page.
// WeChat exports are for editors (noindex): not in the sitemap either.
const indexed = pages.filter((p) => !p.startsWith('/embed/') && !p.startsWith('/wechat/'));

describe('the built site', () => {
  beforeAll(assertBuilt);

  it('has an RSS feed listing every story, in Chinese', () => {
    const feed = xml.parse(readBuilt('/rss.xml'));
    const items = [feed.rss.channel.item].flat().filter(Boolean);
    const stories = pages.filter((p) => /^\/stories\/[^/]+\/$/.test(p));
    expect(feed.rss.channel.language).toBe('zh-CN');
    expect(items.map((i: { link: string }) => new URL(i.link).pathname).sort()).toEqual(
      stories.sort(),
    );
    for (const item of items) expect(Date.parse(item.pubDate), item.title).not.toBeNaN();
  });

  it('has a sitemap with every page but the 404', () => {
    const index = xml.parse(readBuilt('/sitemap-index.xml'));
    const files = [index.sitemapindex.sitemap]
      .flat()
      .map((s: { loc: string }) => new URL(s.loc).pathname);
    const urls = files.flatMap((file) =>
      [xml.parse(readBuilt(file)).urlset.url]
        .flat()
        .map((u: { loc: string }) => new URL(u.loc).pathname),
    );
    expect(urls.sort()).toEqual(indexed.sort());
  });

  it('resolves every internal link and anchor', () => {
    const anchors = new Map(
      pages.map((p) => [
        p,
        new Set(
          load(readBuilt(p))('[id]')
            .map((_, el) => el.attribs['id'])
            .get(),
        ),
      ]),
    );
    const broken: string[] = [];
    for (const page of [...pages, '/404.html']) {
      const $ = load(readBuilt(page));
      $('a[href]').each((_, a) => {
        const href = a.attribs['href'] ?? '';
        if (/^(https?:|mailto:)/.test(href)) return;
        const url = new URL(href, `${SITE}${page}`);
        const target = url.pathname;
        const file = target.endsWith('/') ? join(DIST, target, 'index.html') : join(DIST, target);
        if (!existsSync(file)) broken.push(`${page} → ${href}`);
        else if (
          url.hash &&
          target.endsWith('/') &&
          !anchors.get(target)?.has(decodeURIComponent(url.hash.slice(1)))
        )
          broken.push(`${page} → ${href} (no anchor)`);
      });
    }
    expect(broken).toEqual([]);
    // Every page is parsed twice; on a loaded machine that takes more than the default 5 s.
  }, 60_000);

  it('gives every page a unique title, description and canonical URL', () => {
    const seen = {
      title: new Map<string, string>(),
      description: new Map<string, string>(),
      canonical: new Map<string, string>(),
    };
    for (const page of indexed) {
      const $ = load(readBuilt(page));
      const values = {
        title: $('title').text(),
        description: $('meta[name=description]').attr('content') ?? '',
        canonical: $('link[rel=canonical]').attr('href') ?? '',
      };
      expect(values.canonical, page).toBe(`${SITE}${page}`);
      for (const key of ['title', 'description', 'canonical'] as const) {
        expect(values[key].length, `${page} ${key}`).toBeGreaterThan(1);
        expect(
          seen[key].get(values[key]),
          `${page} repeats the ${key} of ${seen[key].get(values[key])}`,
        ).toBeUndefined();
        seen[key].set(values[key], page);
      }
      expect($('meta[property="og:title"]').attr('content'), page).toBeTruthy();
    }
  });

  it('gives each story NewsArticle structured data that parses', () => {
    for (const page of pages.filter((p) => p.startsWith('/stories/'))) {
      const $ = load(readBuilt(page));
      const data = JSON.parse($('script[type="application/ld+json"]').text());
      expect(data['@type'], page).toBe('NewsArticle');
      expect(data.headline).toBe($('h1').first().text());
      expect(data.inLanguage).toBe('zh-CN');
    }
  });
});
