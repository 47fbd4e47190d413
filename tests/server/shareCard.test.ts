// Share cards (og:image): 1200×630, the title legible in a feed's thumbnail, nothing off the card,
// and the drawing's map mark kept.
import { describe, expect, it } from 'vitest';
import { getCharts } from '../../src/server/charts.ts';
import { chartCard, shareCardSvg } from '../../src/server/render/shareCard.ts';
import { takeaway } from '../../src/server/render/standaloneSvg.ts';
import { drawnTexts } from '../support/svgText.ts';

const charts = getCharts();
const units = (text: string) =>
  [...text].reduce((sum, ch) => sum + (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.6), 0);

/** The card's own text lines (outside the nested drawing), with their x and size. */
function cardLines(svg: string): { x: number; y: number; size: number; text: string }[] {
  const own = svg.replace(/<svg x=[\s\S]*<\/svg>(?=<\/svg>$)/, '');
  return [...own.matchAll(/<text x="(\d+)" y="(\d+)" font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map(
    ([, x, y, size, text]) => ({
      x: Number(x),
      y: Number(y),
      size: Number(size),
      text: text ?? '',
    }),
  );
}

describe('share cards', () => {
  const views = charts.flatMap((c) => c.views.map((v) => [c.id, v.metric ?? '', c, v] as const));

  it.each(views)(
    '%s (view "%s"): 1200×630, its title in 48 px, nothing off the card',
    (...args) => {
      const [, , chart, view] = args;
      const svg = shareCardSvg(chartCard(chart, view));
      expect(svg).toMatch(/^<svg[^>]* width="1200" height="630" viewBox="0 0 1200 630"/);
      const lines = cardLines(svg);
      const title = lines
        .filter((l) => l.size === 48)
        .map((l) => l.text)
        .join('');
      expect(view.title.startsWith(title.replace(/…$/, ''))).toBe(true);
      // A drawing takes the right half; the text column ends before it.
      const right = view.svg || view.narrow ? 1200 - 56 - 40 - 560 : 1200 - 56;
      for (const line of lines)
        expect(line.x + units(line.text) * line.size, line.text).toBeLessThanOrEqual(right + 4);
      for (const line of lines) expect(line.y, line.text).toBeLessThanOrEqual(630 - 16);
      // The title and context never run into the foot (the site's address).
      const foot = Math.min(
        ...lines.filter((l) => l.size <= 24 && l.y > 450).map((l) => l.y - l.size),
      );
      for (const line of lines.filter((l) => l.size >= 26 && l.y < foot))
        expect(line.y, line.text).toBeLessThan(foot);
    },
  );

  it('keep a map’s schematic mark or review number', () => {
    for (const chart of charts.filter((c) => c.mapCredit)) {
      const text = drawnTexts(shareCardSvg(chartCard(chart, chart.views[0])))
        .map((t) => t.text)
        .join('');
      expect(text).toContain(chart.mapCredit?.lines[0]);
    }
  });
});

describe('the image takeaway', () => {
  it('is the summary’s first sentence, whole', () => {
    expect(takeaway('湖南最多（13项）；江西无数据。其余见表。')).toBe(
      '湖南最多（13项）；江西无数据。',
    );
    expect(takeaway('没有句号的一句')).toBe('没有句号的一句');
  });
});
