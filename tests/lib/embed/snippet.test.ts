import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedPath, pickTheme } from '../../../src/lib/embed/params.ts';
import {
  BANDS,
  embedSnippet,
  reservedAt,
  sizingFrom,
  type EmbedSizing,
} from '../../../src/lib/embed/snippet.ts';

const SIZING: EmbedSizing = { height: 900, ratio: 700, minHeights: [1100, 950, 800, 750] };
const input = {
  site: 'https://central-china-chain.example/',
  id: 'filings-map',
  metric: 'gdp-2019',
  title: '2019年中部六省"地区生产总值"<b>',
  page: '/charts/filings-map/gdp-2019/',
  variant: 'compact' as const,
  theme: 'light' as const,
  sizing: SIZING,
};

describe('embed addresses', () => {
  it('names the view and the variant in the path, the theme in the query', () => {
    expect(embedPath({ id: 'filings-map', variant: 'compact', theme: 'auto' })).toBe(
      '/embed/filings-map/',
    );
    expect(embedPath({ ...input, variant: 'full', theme: 'dark' })).toBe(
      '/embed/filings-map/gdp-2019/full/?theme=dark',
    );
  });

  it('accepts only the listed themes', () => {
    expect(pickTheme('?theme=light')).toBe('light');
    expect(pickTheme('?theme=dark&x=1')).toBe('dark');
    for (const bad of ['', '?theme=', '?theme=Light', '?theme=%22%3E', '?theme=light;x'])
      expect(pickTheme(bad)).toBe('auto');
  });
});

describe('the embed code', () => {
  const code = embedSnippet(input);

  it('carries integer heights only, and escapes the title', () => {
    for (const [, value] of code.matchAll(
      /(?:height="|min-height:|aspect-ratio:1000\/)([^"p;}]*)/g,
    ))
      expect(value).toMatch(/^\d+$/);
    expect(code).toContain('height="900"');
    expect(code).toContain('title="2019年中部六省&quot;地区生产总值&quot;&lt;b&gt;"');
    expect(code).toContain(
      'src="https://central-china-chain.example/embed/filings-map/gdp-2019/?theme=light"',
    );
    expect(code).toContain(
      'href="https://central-china-chain.example/charts/filings-map/gdp-2019/"',
    );
  });

  it('reserves by aspect ratio and per-band minimums, until a resizer writes a height', () => {
    const rule = 'iframe.ccc-filings-map-gdp-2019:not([style*="height"])';
    expect(code).toContain(`${rule}{height:auto;aspect-ratio:1000/700;min-height:1100px}`);
    expect(code).toContain(`@media(min-width:480px){${rule}{min-height:950px}}`);
    expect(code).toContain(`@media(min-width:1100px){${rule}{min-height:750px}}`);
    // The frame's own style says nothing of height, so the rule holds until a resizer sets one.
    expect(/<iframe[^>]*style="([^"]*)"/.exec(code)?.[1]).toBe('width:100%;border:0');
  });

  it('gives each variant of each view its own rule', () => {
    const full = embedSnippet({ ...input, variant: 'full' });
    expect(full).toContain('iframe.ccc-filings-map-gdp-2019-full:not(');
    expect(full).toContain('/embed/filings-map/gdp-2019/full/?theme=light');
  });
});

describe('sizing from estimated heights', () => {
  it('reserves at least the estimate at every width it was given, never wildly more', () => {
    const widths = [320, 360, 400, 480, 600, 720, 768, 1024, 1100, 1280];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 200, max: 8000 }), {
          minLength: widths.length,
          maxLength: widths.length,
        }),
        (heights) => {
          const estimates = widths.map((w, i) => [w, heights[i] ?? 0] as const);
          const sizing = sizingFrom(estimates);
          for (const [w, h] of estimates) expect(reservedAt(sizing, w)).toBeGreaterThanOrEqual(h);
          expect(Number.isInteger(sizing.height)).toBe(true);
          expect(sizing.minHeights).toHaveLength(BANDS.length);
          for (const m of [sizing.ratio, ...sizing.minHeights])
            expect(Number.isInteger(m)).toBe(true);
        },
      ),
    );
  });

  it('follows a drawing that grows with the width by the ratio, not by a fixed height', () => {
    // A chart as tall as 0.7 × its width plus 300 px of text.
    const estimates = [320, 480, 768, 1024, 1280].map((w) => [w, 0.7 * w + 300] as const);
    const sizing = sizingFrom(estimates);
    for (const [w, h] of estimates) {
      expect(reservedAt(sizing, w)).toBeGreaterThanOrEqual(h);
      expect(reservedAt(sizing, w)).toBeLessThanOrEqual(h * 1.6);
    }
  });
});
