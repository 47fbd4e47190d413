/** Renders a bar spec as an SVG string: labels left, bars, values at the bar ends. */
import type { BarSpec } from '../../lib/charts/bar.ts';
import { attrs, esc } from './svg.ts';

const ROW = 30;
const LABEL_WIDTH = 72;
const VALUE_WIDTH = 88;

export function barSvg(
  spec: BarSpec,
  text: {
    uid: string;
    title: string;
    desc: string;
    /** Names the sources of a value for its tooltip. */
    sourceLabel: (ids: readonly string[]) => string;
  },
  width = 560,
): string {
  const height = spec.bars.length * ROW + 8;
  const room = width - LABEL_WIDTH - VALUE_WIDTH;
  const rows = spec.bars
    .map((bar, i) => {
      const y = 4 + i * ROW;
      const length = Math.max(bar.value === null ? 0 : 1, Math.round(bar.share * room));
      const fill = bar.highlighted ? '#b3400b' : '#2c7fb8';
      const weight = bar.highlighted ? 700 : 400;
      const value =
        bar.value === null
          ? `<text${attrs({ x: LABEL_WIDTH + 4, y: y + 18, 'font-size': 13, fill: 'currentColor', 'font-style': 'italic' })}>${esc(bar.text)}</text>`
          : `<rect${attrs({ class: 'bar', x: LABEL_WIDTH, y: y + 4, width: length, height: ROW - 10, fill, 'data-code': bar.code, 'data-name': bar.label, 'data-tip': `${bar.label}:${bar.text}(${text.sourceLabel(bar.sources)})` })}/><text${attrs({ x: LABEL_WIDTH + length + 6, y: y + 18, 'font-size': 13, fill: 'currentColor', 'font-weight': weight })}>${esc(bar.text)}</text>`;
      return `<text${attrs({ x: LABEL_WIDTH - 8, y: y + 18, 'font-size': 13, 'text-anchor': 'end', fill: 'currentColor', 'font-weight': weight })}>${esc(bar.label)}</text>${value}`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${text.uid}-title ${text.uid}-desc`, class: 'chart-svg chart-svg-bar', 'font-family': 'system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif' })}><title id="${text.uid}-title">${esc(text.title)}</title><desc id="${text.uid}-desc">${esc(text.desc)}</desc>${rows}</svg>`;
}
