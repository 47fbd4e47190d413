import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { wechatArticle, type WechatStory } from '../../../src/lib/wechat/article.ts';
import { articleSize } from '../../../src/lib/wechat/budget.ts';

const story: WechatStory = {
  title: '标题',
  dek: '导语',
  byline: '数据组',
  date: '2026-11-22',
  updated: '2026-12-02',
  corrections: [{ date: '2026-12-02', label: '更正', text: '原文有误：甲。更正为：乙。' }],
  parts: [
    {
      kind: 'html',
      html: '<p>见<a href="https://gov.example/doc">文件</a>和<a href="/data/#row-1">13项</a>。</p>',
    },
    {
      kind: 'chart',
      chart: { src: '/charts/c.png', alt: '湖南最多。', caption: ['来源：甲、乙等5份'] },
    },
    { kind: 'html', html: '<p>再见<a href="https://gov.example/doc">文件</a>。</p>' },
  ],
  sources: [
    { publisher: '省政府', title: '规划', date: '2020-03', url: 'https://gov.example/doc' },
    {
      publisher: '报社',
      title: '报道',
      date: null,
      url: `https://news.example/${'x'.repeat(120)}`,
    },
  ],
  storyUrl: 'https://site.example/stories/s/',
  siteName: '站名',
  licence: 'CC BY 4.0',
};

describe('wechatArticle', () => {
  const { html, references } = wechatArticle(story);
  const $ = load(html, null, false);
  const text = $.root().text();

  it('is one section with the header, the correction notice and the chart image with its caption', () => {
    expect($.root().children().length).toBe(1);
    expect($.root().children().first().is('section')).toBe(true);
    expect($('h2').text()).toBe('标题');
    expect(text).toContain('数据组 · 2026年11月22日 · 更新于2026年12月2日');
    expect(text).toContain('本文于2026年12月2日更正，见文末更正说明。');
    expect($('img').attr('src')).toBe('/charts/c.png');
    expect($('img').attr('alt')).toBe('湖南最多。');
    expect($('img').next('p').text()).toBe('来源：甲、乙等5份');
  });

  it('lists each address once, numbered as the text refers to it, as text', () => {
    expect(references).toEqual([
      { n: 1, url: 'https://gov.example/doc' },
      { n: 2, url: 'https://site.example/data/#row-1' },
    ]);
    expect(
      $('sup')
        .map((_, s) => $(s).text())
        .get(),
    ).toEqual(['[1]', '[2]', '[1]']);
    expect(text).toContain(
      '参考链接[1] https://gov.example/doc[2] https://site.example/data/#row-1',
    );
    expect($('a').length).toBe(0);
  });

  it('ends with the corrections, the sources (long addresses left out) and the original address', () => {
    expect(text).toContain('2026年12月2日更正：原文有误：甲。更正为：乙。');
    expect(text).toContain('来源（共2份）省政府《规划》，2020年3月。https://gov.example/doc');
    expect(text).toContain('报社《报道》，日期未知。原文');
    expect(text).not.toContain('news.example');
    expect(text).toContain('原文与可交互图表：https://site.example/stories/s/');
    expect(text).toContain('站名 · CC BY 4.0');
  });

  it('has no notice or correction section when the story was never corrected', () => {
    const plain = wechatArticle({ ...story, corrections: [], updated: undefined }).html;
    expect(plain).not.toContain('更正');
    expect(plain).not.toContain('更新于');
  });
});

describe('articleSize', () => {
  it('counts characters of text (not tags, entities as one) and bytes of HTML', () => {
    expect(articleSize('<p style="x">湖南&amp;a</p>')).toEqual({ chars: 4, bytes: 29 });
  });
});
