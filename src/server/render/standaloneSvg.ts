/**
 * A chart as a self-contained SVG file for places that take only images (WeChat articles,
 * slides, print): title, subtitle, the chart, its summary, the source line and the credit are
 * all inside, on a white background, with a CJK font stack.
 *
 * The image is laid out for a phone: EXPORT_WIDTH wide, with the chart's narrow drawing, so
 * shown at 360 px every text is at least 12 px. A table becomes one block per row, wrapped to the
 * width, so nothing runs off the image. A map prints its review number and boundary source (or
 * its schematic mark) under the drawing, so any PNG rendered from this file keeps them.
 */
import { COLOURS, FONT_STACK } from '../../lib/charts/theme.ts';
import { wrapText } from '../../lib/format/wrapText.ts';
import type { TableCell } from '../../lib/data/tableView.ts';
import { creditLine } from '../../lib/sources/groups.ts';
import { SECONDARY_ONLY_NOTE, secondaryOnly } from '../../lib/sources/tiers.ts';
import type { RenderedChart } from '../charts.ts';
import { SITE } from '../../site.ts';
import { viewPath } from '../../lib/charts/metricParam.ts';
import { attrs, esc } from './svg.ts';

/** The width of an exported image: a phone's, so that it is shown at (about) its own size. */
export const EXPORT_WIDTH = 360;
const PAD = 16;
const INNER = EXPORT_WIDTH - 2 * PAD;
/** How tall a table may grow in an image (px at 360 wide); the other rows are on its page. */
const MAX_TABLE_HEIGHT = 900;

interface TextOptions {
  bold?: boolean;
  color?: string;
  indent?: number;
}

/** Lines of text placed one under another from the top of the image. */
class Column {
  y = PAD;
  readonly parts: string[] = [];

  text(content: string, size: number, options: TextOptions = {}): void {
    const indent = options.indent ?? 0;
    for (const line of fitLines(content, (INNER - indent) / size)) {
      this.y += size * 1.45;
      this.parts.push(
        `<text${attrs({ x: PAD + indent, y: Math.round(this.y), 'font-size': size, 'font-weight': options.bold ? 700 : undefined, fill: options.color ?? COLOURS.text })}>${esc(line)}</text>`,
      );
    }
  }
}

/**
 * wrapText to a little less than the width (fonts differ in their digits), then any line still
 * too long, such as a URL, cut into pieces that fit: after a / . or - where there is one.
 */
export function fitLines(content: string, width: number): string[] {
  const room = width * 0.92;
  return wrapText(content, room).flatMap((line) => cutToFit(line, room));
}

function cutToFit(line: string, room: number): string[] {
  const units = (text: string) =>
    [...text].reduce((sum, ch) => sum + (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.55), 0);
  const pieces: string[] = [];
  let rest = line;
  while (units(rest) > room) {
    const chars = [...rest];
    let fits = 1;
    while (fits < chars.length && units(chars.slice(0, fits + 1).join('')) <= room) fits++;
    const head = chars.slice(0, fits).join('');
    // Break after the last separator in the line's second half, if it has one.
    const at = Math.max(head.lastIndexOf('/'), head.lastIndexOf('.'), head.lastIndexOf('-'));
    const cut = at >= head.length / 2 ? at + 1 : head.length;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return rest === '' ? pieces : [...pieces, rest];
}

/**
 * The first sentence of a summary: the image's one-line takeaway. A summary's first sentence
 * states the comparison and any missing values (summary.ts), so it stands true on its own.
 */
export function takeaway(summary: string): string {
  const end = summary.indexOf('。');
  return end < 0 ? summary : summary.slice(0, end + 1);
}

/** One view of a chart as an image: the default view unless another is given. */
export function standaloneSvg(chart: RenderedChart, view = chart.views[0]): string {
  const page = new Column();
  page.text(view?.title ?? chart.title, 18, { bold: true });
  const subtitle = view ? view.subtitle : chart.subtitle;
  if (subtitle) page.text(subtitle, 13, { color: COLOURS.muted });
  page.y += 8;
  const drawing = view?.narrow ?? view?.svg;
  if (drawing) {
    const height = Math.round((INNER * drawing.height) / drawing.width);
    page.parts.push(
      `<svg${attrs({ x: PAD, y: page.y, width: INNER, height, viewBox: `0 0 ${drawing.width} ${drawing.height}` })}>${drawing.body}</svg>`,
    );
    page.y += height + 8;
  } else if (view?.list) {
    for (const item of view.list) page.text(`${item.name}：${item.text}`, 14);
    page.y += 8;
  } else tableRows(chart, page);
  // A map's review number and boundary source (or its schematic mark) sit right under it, inside
  // the image: a PNG made from this file carries them too.
  for (const [i, line] of (chart.mapCredit?.lines ?? []).entries())
    page.text(line, 13, {
      bold: i === 0 && chart.mapCredit?.status === 'schematic',
      color: i === 0 ? COLOURS.text : COLOURS.muted,
    });
  if (chart.mapCredit) page.y += 6;
  page.text(takeaway(view?.summary ?? chart.summary), 14, { bold: true });
  for (const a of chart.annotations) page.text(`${a.target ?? a.at}：${a.text}`, 13);
  for (const note of view?.notes ?? chart.notes)
    page.text(`注：${note}`, 13, { color: COLOURS.muted });
  // Credit the sources of the drawn view's values, as the line under the figure does.
  const credited = view?.sources ?? chart.sources;
  const { named, total, more } = creditLine(credited);
  const credit = named.map((s) => s.publisher).join('、');
  const note = secondaryOnly(credited) ? `。${SECONDARY_ONLY_NOTE}` : '';
  page.text(`来源：${credit}${more > 0 ? `等${total}份` : ''}${note}`, 13, {
    color: COLOURS.muted,
  });
  const first = view === chart.views[0];
  const address = `${SITE.replace(/^https?:\/\//, '')}${viewPath(chart.id, view?.metric, first)}`;
  page.text(`中部链变 · CC BY 4.0`, 12, { color: COLOURS.muted });
  page.text(address, 12, { color: COLOURS.muted });
  const height = Math.ceil(page.y + PAD);
  return `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: EXPORT_WIDTH, height, viewBox: `0 0 ${EXPORT_WIDTH} ${height}`, role: 'img', 'aria-label': view?.title ?? chart.title, 'font-family': FONT_STACK, color: COLOURS.text })}><title>${esc(view?.title ?? chart.title)}</title><desc>${esc(view?.summary ?? chart.summary)}</desc><rect width="100%" height="100%" fill="${COLOURS.paper}"/>${page.parts.join('')}</svg>`;
}

/** A table as one block per row: the first cell in bold, then each other column and its value. */
function tableRows(chart: RenderedChart, page: Column): void {
  const publisher = new Map(chart.sources.map((s) => [s.id, s.publisher]));
  const cellText = (cell: TableCell): string =>
    cell.kind === 'text'
      ? cell.text
      : cell.kind === 'missing'
        ? '无数据'
        : [...new Set(cell.ids.map((id) => publisher.get(id) ?? '来源未列出'))].join('、');
  const [, ...headings] = chart.table.columns;
  const start = page.y;
  let shown = 0;
  for (const [first, ...rest] of chart.table.rows) {
    if (page.y - start > MAX_TABLE_HEIGHT) break;
    page.text(first ? cellText(first) : '', 14, { bold: true });
    rest.forEach((cell, i) => {
      const text = cellText(cell);
      if (text !== '') page.text(`${headings[i] ?? ''}：${text}`, 13, { indent: 8 });
    });
    page.y += 8;
    shown++;
  }
  const more = chart.table.rows.length - shown;
  if (more > 0)
    page.text(`另有${more}行，见图表页（共${chart.table.rows.length}行）。`, 13, {
      color: COLOURS.muted,
    });
}
