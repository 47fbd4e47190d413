/**
 * Renders a line spec as SVG: y gridlines with values, period labels, one path per run of known
 * values (a gap stays a gap), a dot per value for tooltips, and each line's name at its end.
 */
import type { Annotation } from '../../lib/charts/kinds/annotations.ts';
import { lineSpec, type LineSpec } from '../../lib/charts/line.ts';
import { CHART_ATTRS } from '../../lib/charts/markAttributes.ts';
import { COLOURS, CONTEXT_LINE, FONT_STACK } from '../../lib/charts/theme.ts';
import { formatQuantity } from '../../lib/format/number.ts';
import { FONT, HIT, textWidth, type Artboard } from './artboards.ts';
import { attrs, esc, svgDocument, type Svg, type SvgText } from './svg.ts';

/** The same lines laid out again at an artboard's width (a shorter plot when narrow). */
export function relayLine(spec: LineSpec, board: Artboard): LineSpec {
  return lineSpec({
    periods: spec.periods.map((p) => p.period),
    series: spec.series.map(({ code, name, values, highlighted }) => ({
      code,
      name,
      values,
      highlighted,
    })),
    label: spec.label,
    unit: spec.unit,
    decimals: spec.decimals,
    width: board.width,
    height: board.name === 'narrow' ? 300 : spec.height,
  });
}

export function lineSvg(
  spec: LineSpec,
  text: SvgText & { sourceLabel: (ids: readonly string[]) => string },
  annotations: readonly Annotation[] = [],
): Svg {
  // Context lines first, the highlighted one last so it is drawn on top.
  const ordered = [...spec.series].sort((a, b) => Number(a.highlighted) - Number(b.highlighted));
  const body =
    axesSvg(spec) +
    ordered.map((s) => seriesSvg(s, spec.unit, spec.decimals)).join('') +
    notesSvg(spec, annotations);
  return svgDocument({ width: spec.width, height: spec.height }, text, 'line', body, {
    'font-family': FONT_STACK,
  });
}

/** Value gridlines with their labels, the unit, and the periods along the bottom. */
function axesSvg(spec: LineSpec): string {
  const { plot } = spec;
  const grid = spec.yTicks
    .map(
      (t) =>
        `<line${attrs({ x1: plot.left, x2: plot.right, y1: t.y, y2: t.y, stroke: COLOURS.grid })}/><text${attrs({ x: plot.left - 6, y: t.y + 4, 'font-size': FONT, 'text-anchor': 'end', fill: 'currentColor' })}>${esc(t.text)}</text>`,
    )
    .join('');
  // Every period is labelled when the labels fit side by side; otherwise every second (third…).
  const step = periodStep(spec);
  const periods = spec.periods
    .filter((_, i) => i % step === 0 || i === spec.periods.length - 1)
    .filter((p, i, shown) => i === 0 || p.x - (shown[i - 1]?.x ?? 0) >= periodWidth(spec))
    .map(
      (p) =>
        `<text${attrs({ x: p.x, y: plot.bottom + 19, 'font-size': FONT, 'text-anchor': 'middle', fill: 'currentColor' })}>${esc(p.period)}</text>`,
    )
    .join('');
  const unit = `<text${attrs({ x: plot.left - 6, y: plot.top - 14, 'font-size': FONT, 'text-anchor': 'end', fill: 'currentColor' })}>${esc(spec.unit)}</text>`;
  return grid + periods + unit;
}

/** The room one period label needs, with a gap. */
const periodWidth = (spec: LineSpec) =>
  Math.max(...spec.periods.map((p) => textWidth(p.period, FONT))) + 8;

/** Label every n-th period so that labels never touch. */
function periodStep(spec: LineSpec): number {
  const [a, b] = spec.periods;
  const gap = a && b ? b.x - a.x : Infinity;
  return Math.max(1, Math.ceil(periodWidth(spec) / gap));
}

/** One line: a path per run of known values, a focusable dot per value, its name at the end. */
function seriesSvg(s: LineSpec['series'][number], unit: string, decimals?: number): string {
  const colour = s.highlighted ? COLOURS.accent : CONTEXT_LINE;
  const paths = s.segments
    .filter((run) => run.length > 1)
    .map(
      (run) =>
        `<path${attrs({ d: run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(''), fill: 'none', stroke: colour, 'stroke-width': s.highlighted ? 3 : 1.5 })}/>`,
    )
    .join('');
  const dots = s.segments
    .flat()
    .map(
      (p) =>
        `<circle${attrs({ cx: p.x, cy: p.y, r: s.highlighted ? 4 : 3, fill: colour })}/><circle${attrs({ class: 'line-point', cx: p.x, cy: p.y, r: HIT / 2, fill: 'transparent', [CHART_ATTRS.code]: s.code, [CHART_ATTRS.name]: s.name, [CHART_ATTRS.tip]: `${s.name}${/^\d{4}$/.test(p.period) ? `${p.period}年` : `（${p.period}）`}：${formatQuantity(p.value, unit, { decimals })}` })}/>`,
    )
    .join('');
  const label = s.label
    ? `<text${attrs({ x: s.label.x, y: s.label.y + 4, 'font-size': FONT, fill: s.highlighted ? COLOURS.accent : 'currentColor', 'font-weight': s.highlighted ? 700 : 400 })}>${esc(s.name)}</text>`
    : '';
  return paths + dots + label;
}

/** Annotations at a period (top of the plot) or at a line's last point. */
function notesSvg(spec: LineSpec, annotations: readonly Annotation[]): string {
  return annotations
    .map((a) => {
      const period = spec.periods.find((p) => p.period === a.at);
      const point = spec.series
        .find((s) => s.code === a.at)
        ?.segments.flat()
        .at(-1);
      const [x, y] = period
        ? [period.x, spec.plot.top + 12]
        : point
          ? [point.x, point.y - 10]
          : [spec.plot.left, spec.plot.top];
      return `<text${attrs({ class: 'annotation', x, y, 'font-size': FONT, 'font-style': 'italic', 'text-anchor': period ? 'middle' : 'end', fill: 'currentColor' })}>${esc(a.text)}</text>`;
    })
    .join('');
}
