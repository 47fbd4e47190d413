/** Renders a bar spec as SVG: labels left, bars, values at the bar ends, annotations after. */
import type { BarSpec } from '../../lib/charts/bar.ts';
import type { Annotation } from '../../lib/charts/kinds/annotations.ts';
import { COLOURS, FONT_STACK } from '../../lib/charts/theme.ts';
import { CHART_ATTRS } from '../../lib/charts/markAttributes.ts';
import { attrs, esc, svgDocument, type Svg, type SvgText } from './svg.ts';

const ROW = 30;
const LABEL_WIDTH = 72;
const VALUE_WIDTH = 88;

export function barSvg(
  spec: BarSpec,
  text: SvgText & { sourceLabel: (ids: readonly string[]) => string },
  annotations: readonly Annotation[] = [],
  width = 560,
): Svg {
  const height = spec.bars.length * ROW + 8;
  const room = width - LABEL_WIDTH - VALUE_WIDTH;
  const noteOf = new Map(annotations.map((a) => [a.at, a.text]));
  const rows = spec.bars
    .map((bar, i) => {
      const y = 4 + i * ROW;
      const length = Math.max(bar.value === null ? 0 : 1, Math.round(bar.share * room));
      const fill = bar.highlighted ? COLOURS.accent : COLOURS.mark;
      const weight = bar.highlighted ? 700 : 400;
      const label = `<text${attrs({ x: LABEL_WIDTH - 8, y: y + 18, 'font-size': 13, 'text-anchor': 'end', fill: 'currentColor', 'font-weight': weight })}>${esc(bar.label)}</text>`;
      const end = bar.value === null ? LABEL_WIDTH + 4 : LABEL_WIDTH + length + 6;
      const note = noteOf.get(bar.code);
      const valueText = `<text${attrs({ x: end, y: y + 18, 'font-size': 13, fill: 'currentColor', 'font-weight': weight, 'font-style': bar.value === null ? 'italic' : undefined })}>${esc(bar.text)}${note ? `<tspan class="annotation" font-style="italic" font-weight="400"> ← ${esc(note)}</tspan>` : ''}</text>`;
      const rect =
        bar.value === null
          ? ''
          : `<rect${attrs({ class: 'bar', x: LABEL_WIDTH, y: y + 4, width: length, height: ROW - 10, fill, [CHART_ATTRS.code]: bar.code, [CHART_ATTRS.name]: bar.label, [CHART_ATTRS.tip]: `${bar.label}：${bar.text}（${text.sourceLabel(bar.sources)}）` })}/>`;
      return label + rect + valueText;
    })
    .join('');
  return svgDocument({ width, height }, text, 'bar', rows, { 'font-family': FONT_STACK });
}
