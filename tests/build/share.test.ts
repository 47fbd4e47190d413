// Every story and chart page carries its own share block: its absolute address, a Weibo link
// with that address, a QR code that scans to it, and (stories) the link to the WeChat export.
import { Resvg } from '@resvg/resvg-js';
import { load, type CheerioAPI } from 'cheerio';
import { decodeQR } from 'qr/decode.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCharts } from '../../src/server/charts.ts';
import { SITE } from '../../src/site.ts';
import { assertBuilt, builtPages, readBuilt } from '../support/dist.ts';

const storyPages = builtPages().filter((p) => /^\/stories\/[^/]+\/$/.test(p));
const chartPages = getCharts().flatMap((chart) =>
  chart.views.map((view, i) =>
    i === 0 ? `/charts/${chart.id}/` : `/charts/${chart.id}/${view.metric ?? ''}/`,
  ),
);

/** What a phone camera would read from the inline SVG, drawn to pixels by an SVG renderer. */
function scan(svg: string): string {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 240 } }).render();
  return decodeQR({ width: image.width, height: image.height, data: image.pixels });
}

function checkShareBlock($: CheerioAPI, path: string): void {
  const address = `${SITE}${path}`;
  const block = $('.share-page');
  expect(block.length, path).toBe(1);
  expect(block.find('input.share-page-link').attr('value'), path).toBe(address);
  expect(block.find('input.share-page-link').attr('readonly'), path).toBeDefined();
  expect($(`label[for="${block.find('input').attr('id')}"]`).text(), path).toBe('本页地址：');
  expect(block.find('button.copy-page-link[hidden]').length, path).toBe(1);
  const weibo = block.find('a.share-weibo');
  const url = new URL(weibo.attr('href') ?? '');
  expect(url.origin + url.pathname, path).toBe('https://service.weibo.com/share/share.php');
  expect(url.searchParams.get('url'), path).toBe(address);
  expect(url.searchParams.get('title'), path).toBe($('meta[property="og:title"]').attr('content'));
  expect(weibo.attr('target'), path).toBe('_blank');
  expect((weibo.attr('rel') ?? '').split(' ').sort(), path).toEqual(['noopener', 'noreferrer']);
  const qr = block.find('details.share-qr svg.qr-code');
  expect(qr.attr('role'), path).toBe('img');
  expect(qr.attr('aria-label'), path).toMatch(/二维码.*微信/);
  expect(qr.find('path').length, path).toBe(1);
  expect(scan($.html(qr)), path).toBe(address);
}

describe('share block', () => {
  beforeAll(assertBuilt);

  it('has pages to check', () => {
    expect(storyPages.length).toBeGreaterThan(0);
    expect(chartPages.length).toBeGreaterThan(getCharts().length);
  });

  it.each(storyPages)('story %s: its address, Weibo, QR code and WeChat export', (path) => {
    const $ = load(readBuilt(path));
    checkShareBlock($, path);
    const slug = path.split('/')[2];
    expect($('.share-page a.share-wechat-export').attr('href'), path).toBe(`/wechat/${slug}/`);
    expect($('.share-page a.share-wechat-export').text().trim()).toBe('微信公众号版（供编辑复制）');
    // Printed, the story carries its address as text.
    expect($('.print-address').text(), path).toBe(`本文地址：${SITE}${path}`);
  });

  it.each(chartPages)('chart page %s: its address, Weibo and QR code', (path) => {
    const $ = load(readBuilt(path));
    checkShareBlock($, path);
    expect($('.share-page a.share-wechat-export').length, path).toBe(0);
  });
});
