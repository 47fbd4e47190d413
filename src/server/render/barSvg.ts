/**
 * Renders a bar spec as SVG at an artboard's width. Wide: labels in a column on the left
 * (wrapped to two lines when long), bars, values at the bar ends. Narrow: each label on its own
 * line above its bar, so a long label keeps the whole width. An annotation goes under its bar.
 * Each row is one hit area (an invisible rect the height of the row) carrying the mark's data.
 */
import type { BarSpec } from '../../lib/charts/bar.ts';
import type { Annotation } from '../../lib/charts/kinds/annotations.ts';
import { COLOURS, FONT_STACK } from '../../lib/charts/theme.ts';
import { CHART_ATTRS } from '../../lib/charts/markAttributes.ts';
import { wrapText } from '../../lib/format/wrapText.ts';
import { FONT, HIT, textWidth, WIDE, type Artboard } from './artboards.ts';
import { attrs, esc, svgDocument, type Svg, type SvgText } from './svg.ts';

const LINE = 17;
const BAR = 16;
/** The widest a wide label column gets; longer labels wrap. */
const LABEL_MAX = 10 * FONT;

type Bar = BarSpec['bars'][number];

interface Layout {
  labelX: number;
  barX: number;
  room: number;
  labelLines: (bar: Bar) => string[];
  stacked: boolean;
}

function layout(spec: BarSpec, board: Artboard): Layout {
  const valueWidth = Math.max(...spec.bars.map((b) => textWidth(b.text, FONT))) + 10;
  if (board.name === 'narrow') {
    const lines = (bar: Bar) => wrapText(bar.label, Math.floor(board.width / FONT));
    return { labelX: 0, barX: 0, room: board.width - valueWidth, labelLines: lines, stacked: true };
  }
  const widest = Math.max(...spec.bars.map((b) => textWidth(b.label, FONT)));
  const column = Math.min(widest, LABEL_MAX);
  const lines = (bar: Bar) => wrapText(bar.label, Math.floor(column / FONT));
  const barX = Math.ceil(column + 10);
  return {
    labelX: barX - 8,
    barX,
    room: board.width - barX - valueWidth,
    labelLines: lines,
    stacked: false,
  };
}

export function barSvg(
  spec: BarSpec,
  text: SvgText & { sourceLabel: (ids: readonly string[]) => string },
  annotations: readonly Annotation[] = [],
  board: Artboard = WIDE,
): Svg {
  const place = layout(spec, board);
  const noteOf = new Map(annotations.map((a) => [a.at, a.text]));
  let y = 4;
  const rows = spec.bars.map((bar) => {
    const row = barRow(bar, y, place, noteOf.get(bar.code), board, text);
    y += row.height;
    return row.markup;
  });
  const height = Math.ceil(y + 4);
  return svgDocument({ width: board.width, height }, text, 'bar', rows.join(''), {
    'font-family': FONT_STACK,
  });
}

function barRow(
  bar: Bar,
  top: number,
  place: Layout,
  note: string | undefined,
  board: Artboard,
  text: { sourceLabel: (ids: readonly string[]) => string },
): { markup: string; height: number } {
  const weight = bar.highlighted ? 700 : 400;
  const lines = place.labelLines(bar);
  // Stacked: label lines, then the bar. Side by side: the bar centred on the label lines.
  const labelHeight = lines.length * LINE;
  const barY = place.stacked
    ? top + labelHeight + 2
    : top + Math.max(0, (labelHeight - BAR) / 2) + 4;
  const labelTop = place.stacked ? top : barY + BAR / 2 - labelHeight / 2;
  const label = lines
    .map(
      (line, i) =>
        `<text${attrs({ x: place.labelX, y: Math.round(labelTop + (i + 1) * LINE - 4), 'font-size': FONT, 'text-anchor': place.stacked ? 'start' : 'end', fill: 'currentColor', 'font-weight': weight })}>${esc(line)}</text>`,
    )
    .join('');
  const length = bar.value === null ? 0 : Math.max(1, Math.round(bar.share * place.room));
  const fill = bar.highlighted ? COLOURS.accent : COLOURS.mark;
  const visible =
    bar.value === null
      ? ''
      : `<rect${attrs({ x: place.barX, y: barY, width: length, height: BAR, fill })}/>`;
  const valueX = bar.value === null ? place.barX : place.barX + length + 6;
  const value = `<text${attrs({ x: valueX, y: barY + BAR - 3, 'font-size': FONT, fill: 'currentColor', 'font-weight': weight, 'font-style': bar.value === null ? 'italic' : undefined })}>${esc(bar.text)}</text>`;
  const noteLines = note
    ? wrapText(`← ${note}`, Math.floor((board.width - place.barX) / FONT))
    : [];
  const notes = noteLines
    .map(
      (line, i) =>
        `<text${attrs({ class: 'annotation', x: place.barX, y: barY + BAR + (i + 1) * LINE - 2, 'font-size': FONT, 'font-style': 'italic', fill: 'currentColor' })}>${esc(line)}</text>`,
    )
    .join('');
  const bottom =
    Math.max(barY + BAR, place.stacked ? 0 : labelTop + labelHeight) + noteLines.length * LINE;
  const height = Math.max(HIT + 4, Math.ceil(bottom - top + 10));
  // The row is the target: wide and tall enough to hit, whatever the bar's length.
  const hit = `<rect${attrs({ class: 'bar', x: 0, y: top, width: board.width, height: height - 2, fill: 'transparent', [CHART_ATTRS.code]: bar.code, [CHART_ATTRS.name]: bar.label, [CHART_ATTRS.tip]: `${bar.label}：${bar.text}（${text.sourceLabel(bar.sources)}）` })}/>`;
  return { markup: label + visible + value + notes + hit, height };
}
