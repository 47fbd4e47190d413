import { describe, expect, it } from 'vitest';
import { pageAddress, wechatExportPath, weiboShareUrl } from '../../../src/lib/share/shareLinks.ts';

const SITE = 'https://central-china-chain.example';

describe('share links', () => {
  it('makes the absolute address of a page of the site', () => {
    expect(pageAddress(SITE, '/stories/why-hunan/')).toBe(`${SITE}/stories/why-hunan/`);
    expect(pageAddress(`${SITE}/`, '/charts/filings-map/count/')).toBe(
      `${SITE}/charts/filings-map/count/`,
    );
    expect(() => pageAddress(SITE, 'stories/why-hunan/')).toThrow(/not a path/);
  });

  it("fills in Weibo's share page with the address and the title, both encoded", () => {
    const address = `${SITE}/stories/why-hunan/?a=1&b=2`;
    const url = new URL(weiboShareUrl(address, '为什么是湖南：排第三 & 跑在前头'));
    expect(url.origin + url.pathname).toBe('https://service.weibo.com/share/share.php');
    // Decoded back, each parameter is exactly what was given: the & in either stays inside it.
    expect(url.searchParams.get('url')).toBe(address);
    expect(url.searchParams.get('title')).toBe('为什么是湖南：排第三 & 跑在前头');
    expect([...url.searchParams.keys()]).toEqual(['url', 'title']);
    expect(weiboShareUrl(address, 't')).toContain(
      'url=https%3A%2F%2Fcentral-china-chain.example%2Fstories%2Fwhy-hunan%2F%3Fa%3D1%26b%3D2&',
    );
  });

  it('links a story to its WeChat export', () => {
    expect(wechatExportPath('why-hunan')).toBe('/wechat/why-hunan/');
  });
});
