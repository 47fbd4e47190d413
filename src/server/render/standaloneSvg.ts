/**
 * A chart as a self-contained SVG file for places that take only images (WeChat articles,
 * slides, print): title, subtitle, the chart, its summary, the source line and the credit are
 * all inside, on a white background, with a CJK font stack.
 */
import { COLOURS, FONT_STACK } from '../../lib/charts/theme.ts';
import { wrapText } from '../../lib/format/wrapText.ts';
import { creditLine } from '../../lib/sources/groups.ts';
import type { RenderedChart } from '../charts.ts';
import { SITE } from '../embeds.ts';
import { attrs, esc } from './svg.ts';

const FONT = FONT_STACK;
const WIDTH = 640;
const PAD = 20;

export function standaloneSvg(chart: RenderedChart): string {
  const lines: string[] = [];
  let y = PAD;
  const text = (
    content: string,
    size: number,
    options: { bold?: boolean; color?: string } = {},
  ) => {
    for (const line of wrapText(content, Math.floor((WIDTH - 2 * PAD) / size))) {
      y += size * 1.45;
      lines.push(
        `<text${attrs({ x: PAD, y: Math.round(y), 'font-size': size, 'font-weight': options.bold ? 700 : undefined, fill: options.color ?? COLOURS.text })}>${esc(line)}</text>`,
      );
    }
  };
  text(chart.title, 20, { bold: true });
  if (chart.subtitle) text(chart.subtitle, 13, { color: COLOURS.muted });
  y += 8;
  const body = chartBody(chart, y);
  lines.push(body.markup);
  y += body.height + 8;
  text(chart.summary, 13);
  for (const a of chart.annotations) text(`${a.target ?? a.at}：${a.text}`, 12);
  for (const note of chart.notes) text(`注：${note}`, 12, { color: COLOURS.muted });
  // The drawing is the first view: credit the sources of its values, as under the figure.
  const { named, total, more } = creditLine(chart.views[0]?.sources ?? chart.sources);
  const credit = named.map((s) => s.publisher).join('、');
  text(`来源：${credit}${more > 0 ? `等${total}份` : ''}`, 12, { color: COLOURS.muted });
  text(`中部链变 · CC BY 4.0 · ${SITE}/charts/${chart.id}/`, 12, { color: COLOURS.muted });
  const height = Math.ceil(y + PAD);
  return `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': chart.title, 'font-family': FONT, color: COLOURS.text })}><title>${esc(chart.title)}</title><desc>${esc(chart.summary)}</desc><rect width="100%" height="100%" fill="${COLOURS.paper}"/>${lines.join('')}</svg>`;
}

/** The chart itself, scaled into the page; a table chart becomes lines of text. */
function chartBody(chart: RenderedChart, top: number): { markup: string; height: number } {
  const publisher = new Map(chart.sources.map((s) => [s.id, s.publisher]));
  const publishersOf = (ids: readonly string[]) =>
    [...new Set(ids.flatMap((id) => publisher.get(id) ?? []))].join('、');
  const svg = chart.views[0]?.svg;
  if (svg) {
    const width = Math.min(WIDTH - 2 * PAD, chart.kind === 'choropleth' ? 420 : WIDTH - 2 * PAD);
    const height = Math.round((width * svg.height) / svg.width);
    const x = Math.round((WIDTH - width) / 2);
    return {
      markup: `<svg${attrs({ x, y: top, width, height, viewBox: `0 0 ${svg.width} ${svg.height}` })}>${svg.body}</svg>`,
      height,
    };
  }
  const rows = [
    chart.table.columns,
    ...chart.table.rows.map((r) =>
      r.map((c) =>
        c.kind === 'text' ? c.text : c.kind === 'missing' ? '无数据' : publishersOf(c.ids),
      ),
    ),
  ];
  const markup = rows
    .slice(0, 30)
    .map(
      (row, i) =>
        `<text${attrs({ x: PAD, y: top + 18 * (i + 1), 'font-size': 11, 'font-weight': i === 0 ? 700 : undefined, fill: COLOURS.text })}>${esc(wrapText(row.join(' · '), 100)[0] ?? '')}</text>`,
    )
    .join('');
  return { markup, height: 18 * Math.min(rows.length, 30) + 6 };
}
