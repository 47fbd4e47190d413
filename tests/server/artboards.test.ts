// Every chart drawing, at the narrowest width each of its artboards is shown (see
// src/server/render/artboards.ts), has text of at least 12 CSS px and marks a finger can hit
// (24 px square); wrapped bar labels keep every character; map labels do not overlap.
import { describe, expect, it } from 'vitest';
import { placeMapLabels, labelBox, overlaps, splitUnit } from '../../src/lib/charts/mapLabels.ts';
import { getCharts } from '../../src/server/charts.ts';
import { barSpec } from '../../src/lib/charts/bar.ts';
import { NARROW, WIDE } from '../../src/server/render/artboards.ts';
import { barSvg } from '../../src/server/render/barSvg.ts';
import { standaloneSvg, EXPORT_WIDTH } from '../../src/server/render/standaloneSvg.ts';
import type { Svg } from '../../src/server/render/svg.ts';

const charts = getCharts();

/** The font sizes of every text in a drawing (ECharts writes "13px"). */
const fontSizes = (markup: string) =>
  [...markup.matchAll(/<text\b[^>]*?\sfont-size="([\d.]+)(?:px)?"/g)].map((m) => Number(m[1]));
const texts = (markup: string) => (markup.match(/<text\b/g) ?? []).length;

/** The smallest side of each mark's hit area (rects and circles), in viewBox units. */
function hitSides(markup: string): number[] {
  const marks = [
    ...markup.matchAll(/<(rect|circle)\b([^>]*\sclass="(?:bar|point|line-point)"[^>]*)>/g),
  ];
  return marks.map(([, tag, attrs]) => {
    const num = (name: string) =>
      Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(attrs ?? '')?.[1]);
    return tag === 'circle' ? 2 * num('r') : Math.min(num('width'), num('height'));
  });
}

/** [chart, view, layout, drawing, narrowest display in px] for every drawing of every chart. */
const drawings: [string, string, string, Svg, number][] = charts.flatMap((chart) =>
  chart.views.flatMap((view) => {
    const name = view.metric ?? '-';
    const out: [string, string, string, Svg, number][] = [];
    // A map has one drawing, shown full width from a 296 px figure (an embed at 320 px).
    if (view.svg && chart.kind !== 'timeline')
      out.push([
        chart.id,
        name,
        'wide',
        view.svg,
        view.narrow ? WIDE.minDisplay : NARROW.minDisplay,
      ]);
    if (view.narrow) out.push([chart.id, name, 'narrow', view.narrow, NARROW.minDisplay]);
    return out;
  }),
);

describe('chart drawings at their narrowest', () => {
  it('include a narrow and a wide artboard for bars, scatters and lines', () => {
    for (const chart of charts.filter((c) => ['bar', 'scatter', 'line'].includes(c.kind)))
      for (const view of chart.views.filter((v) => !v.list)) {
        expect(view.narrow?.width, chart.id).toBe(NARROW.width);
        expect(view.svg?.width, chart.id).toBe(WIDE.width);
      }
  });

  it.each(drawings)('%s (%s, %s): text ≥ 12 px, targets ≥ 24 px', (_, __, ___, svg, display) => {
    const scale = display / svg.width;
    const sizes = fontSizes(svg.markup);
    expect(sizes.length).toBe(texts(svg.markup));
    expect(Math.min(...sizes) * scale).toBeGreaterThanOrEqual(12);
    for (const side of hitSides(svg.markup)) expect(side * scale).toBeGreaterThanOrEqual(24);
  });

  it('wraps long bar labels instead of cutting them', () => {
    const names = ['长沙经开区区块链产业园', '娄底区块链公共服务平台建设项目', '湖南'];
    const meta = { id: 'm', label: '项目', unit: '个', integer: true, comparable: true, by: 'x' };
    const values = names.map((_, i) => ({
      code: `p${i}`,
      value: i + 1,
      atLeast: false,
      sources: [],
    }));
    const spec = barSpec(meta, values, new Map(names.map((n, i) => [`p${i}`, n])));
    const text = { uid: 'b', title: 't', desc: 'd', sourceLabel: () => '' };
    for (const board of [NARROW, WIDE]) {
      const markup = barSvg(spec, text, [], board).markup;
      const shown = [...markup.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
      for (const name of names) expect(shown, board.name).toContain(name.slice(-4));
      expect(shown).not.toContain('…');
    }
  });
});

describe('map labels', () => {
  const long = ['54,259.2 亿元', '45,828.31 亿元', '39,752.12 亿元'];
  const inputs = long.map((value, i) => ({
    code: String(i),
    name: '湖南',
    value,
    x: 60 + i * 70,
    y: 100,
    room: 80,
  }));

  it('take a more compact style until none overlaps and each fits its region', () => {
    const placed = placeMapLabels(inputs, 300);
    const boxes = placed.map(labelBox);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    // The unit moved under the number (or into the legend), the number kept whole.
    expect(placed[0]?.lines.map((l) => l.text)).toContain('54,259.2');
    expect(Math.min(...placed.flatMap((p) => p.lines.map((l) => l.size)))).toBeGreaterThanOrEqual(
      13,
    );
  });

  it('keep the largest style when there is room, and stay inside the map', () => {
    const placed = placeMapLabels([{ code: 'a', name: '湖南', value: '13 项', x: 3, y: 50 }], 300);
    expect(placed[0]?.lines.map((l) => [l.text, l.size])).toEqual([
      ['湖南', 17],
      ['13 项', 14],
    ]);
    expect(labelBox(placed[0]!).left).toBeGreaterThanOrEqual(0);
  });

  it('split a value from its unit', () => {
    expect(splitUnit('至少 54,259.2 亿元')).toEqual(['至少 54,259.2', '亿元']);
    expect(splitUnit('无数据')).toEqual(['无数据', '']);
  });
});

describe('exported images', () => {
  const views = charts.flatMap((c) => c.views.map((v) => [c.id, v.metric ?? '', c, v] as const));
  it.each(views)(
    '%s (view "%s"): legible at 360 px, nothing off the image',
    (_, _metric, chart, view) => {
      const svg = standaloneSvg(chart, view);
      const width = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
      expect(width).toBe(EXPORT_WIDTH);
      // The page's own text (outside the nested chart drawing).
      const page = svg.replace(/<svg x=[\s\S]*?<\/svg>(?=<text|$)/, '');
      const scale = 360 / width;
      for (const size of fontSizes(page)) expect(size * scale).toBeGreaterThanOrEqual(12);
      for (const m of page.matchAll(
        /<text x="(\d+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g,
      )) {
        const [, x, size, raw] = m;
        const text = (raw ?? '').replace(/&(quot|amp|lt|gt|#39);/g, '"');
        const units = [...text].reduce((s, ch) => s + (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.6), 0);
        expect(Number(x) + units * Number(size), text).toBeLessThanOrEqual(width);
      }
    },
  );
});
