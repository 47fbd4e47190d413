import { Resvg } from '@resvg/resvg-js';
import { decodeQR } from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE, qrPath, qrSvg } from '../../../src/lib/share/qrSvg.ts';

const ADDRESS = 'https://central-china-chain.example/charts/hunan-policy-timeline/';

/** What a phone camera would read: the SVG drawn to pixels by an SVG renderer, then decoded. */
function scan(svg: string): string {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 240 } }).render();
  return decodeQR({ width: image.width, height: image.height, data: image.pixels });
}

describe('the QR code of a page address', () => {
  it('decodes to the address it was made from', () => {
    expect(scan(qrSvg(ADDRESS, '本页地址的二维码'))).toBe(ADDRESS);
    const other = `${ADDRESS}count/`;
    expect(scan(qrSvg(other, '本页地址的二维码'))).toBe(other);
  });

  it('is one path of black modules on white, with a quiet zone, labelled for screen readers', () => {
    const svg = qrSvg(ADDRESS, '本页地址的二维码，用微信扫码打开');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="本页地址的二维码，用微信扫码打开"/);
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).toContain('fill="#fff"');
    expect(svg).toContain('<path fill="#000"');
    const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
    const starts = [...svg.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number));
    expect(starts.length).toBeGreaterThan(0);
    for (const [x = 0, y = 0, w = 0] of starts) {
      expect(Math.min(x, y)).toBeGreaterThanOrEqual(QR_QUIET_ZONE);
      expect(Math.max(x + w, y + 1)).toBeLessThanOrEqual(size - QR_QUIET_ZONE);
    }
  });

  it('draws each run of dark modules once', () => {
    const matrix = [
      [false, true, true, false],
      [true, false, false, true],
    ];
    expect(qrPath(matrix)).toBe('M1 0h2v1h-2zM0 1h1v1h-1zM3 1h1v1h-1z');
  });

  it('escapes its label', () => {
    expect(qrSvg(ADDRESS, 'a "b" <c> & d')).toContain(
      'aria-label="a &quot;b&quot; &lt;c> &amp; d"',
    );
  });
});
