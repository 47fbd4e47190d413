/**
 * Renders a timeline spec as an SVG strip: one row per province (plus national), a mark per
 * event spanning its date's precision (a day is a dot, a month or a year a band).
 */
import type { TimelineSpec } from '../../lib/charts/timeline.ts';
import { attrs, esc } from './svg.ts';

const LEVEL_COLOURS: Record<string, string> = {
  national: '#253494',
  provincial: '#b3400b',
  city: '#2c7fb8',
  district: '#41b6c4',
};

export function timelineSvg(
  spec: TimelineSpec,
  text: { uid: string; title: string; desc: string },
): string {
  const grid = spec.years
    .map(
      (y) =>
        `<line${attrs({ x1: y.x, x2: y.x, y1: 16, y2: spec.height - 20, stroke: 'currentColor', 'stroke-opacity': 0.25 })}/><text${attrs({ x: y.x + 3, y: 12, 'font-size': 11, fill: 'currentColor' })}>${y.year}</text>`,
    )
    .join('');
  const rows = spec.rows
    .map(
      (r) =>
        `<text${attrs({ x: 4, y: r.y + 4, 'font-size': 12, fill: 'currentColor' })}>${esc(r.label)}</text>`,
    )
    .join('');
  const marks = spec.events
    .map((e) => {
      const colour = LEVEL_COLOURS[e.level] ?? '#545b64';
      const common = {
        class: 'event',
        'data-id': e.id,
        'data-row': e.row,
        'data-kind': e.kind,
        'data-tip': `${e.dateText} ${e.summary}`,
        fill: colour,
      };
      return e.precision === 'day'
        ? `<circle${attrs({ ...common, cx: e.x0, cy: e.y, r: 5, 'fill-opacity': 0.85, stroke: '#ffffff', 'stroke-width': 1 })}/>`
        : `<rect${attrs({ ...common, x: e.x0, y: e.y - 5, width: Math.max(2, e.x1 - e.x0), height: 10, rx: 3, 'fill-opacity': 0.45 })}/>`;
    })
    .join('');
  const legendY = spec.height - 6;
  const legend = Object.entries({
    national: '全国',
    provincial: '省级',
    city: '市级',
    district: '区县/园区',
  })
    .map(
      ([level, label], i) =>
        `<circle${attrs({ cx: 70 + i * 90, cy: legendY - 4, r: 5, fill: LEVEL_COLOURS[level] })}/><text${attrs({ x: 80 + i * 90, y: legendY, 'font-size': 11, fill: 'currentColor' })}>${label}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${spec.width} ${spec.height}`, role: 'img', 'aria-labelledby': `${text.uid}-title ${text.uid}-desc`, class: 'chart-svg chart-svg-timeline', 'font-family': 'system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif' })}><title id="${text.uid}-title">${esc(text.title)}</title><desc id="${text.uid}-desc">${esc(text.desc)}</desc>${grid}${rows}${marks}<text${attrs({ x: 4, y: legendY, 'font-size': 11, fill: 'currentColor' })}>级别:</text>${legend}</svg>`;
}
