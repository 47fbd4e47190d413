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
import { SITE } from '../embeds.ts';
import { attrs, esc } from './svg.ts';

/** The width of an exported image: a phone's, so that it is shown at (about) its own size. */
export const EXPORT_WIDTH = 360;
const PAD = 16;
const INNER = EXPORT_WIDTH - 2 * PAD;
/** The most table rows an image shows; the rest are on the chart's page. */
const MAX_ROWS = 40;

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
 * too long, such as a URL, cut into pieces that fit.
 */
export function fitLines(content: string, width: number): string[] {
  const room = width * 0.92;
  const units = (ch: string) => (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.55);
  return wrapText(content, room).flatMap((line) => {
    const pieces: string[] = [];
    let piece = '';
    let used = 0;
    for (const ch of line) {
      if (used + units(ch) > room && piece !== '') {
        pieces.push(piece);
        [piece, used] = ['', 0];
      }
      piece += ch;
      used += units(ch);
    }
    return piece === '' ? pieces : [...pieces, piece];
  });
}

export function standaloneSvg(chart: RenderedChart): string {
  const view = chart.views[0];
  const page = new Column();
  page.text(chart.title, 18, { bold: true });
  const subtitle = view?.subtitle ?? chart.subtitle;
  if (subtitle) page.text(subtitle, 13, { color: COLOURS.muted });
  page.y += 8;
  const drawing = view?.narrow ?? view?.svg;
  if (drawing) {
    const height = Math.round((INNER * drawing.height) / drawing.width);
    page.parts.push(
      `<svg${attrs({ x: PAD, y: page.y, width: INNER, height, viewBox: `0 0 ${drawing.width} ${drawing.height}` })}>${drawing.body}</svg>`,
    );
    page.y += height + 8;
  } else tableRows(chart, page);
  // A map's review number and boundary source (or its schematic mark) sit right under it, inside
  // the image: a PNG made from this file (issue 14) carries them too.
  for (const [i, line] of (chart.mapCredit?.lines ?? []).entries())
    page.text(line, 13, {
      bold: i === 0 && chart.mapCredit?.status === 'schematic',
      color: i === 0 ? COLOURS.text : COLOURS.muted,
    });
  if (chart.mapCredit) page.y += 6;
  page.text(chart.summary, 13);
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
  page.text(`中部链变 · CC BY 4.0 · ${SITE}/charts/${chart.id}/`, 12, { color: COLOURS.muted });
  const height = Math.ceil(page.y + PAD);
  return `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: EXPORT_WIDTH, height, viewBox: `0 0 ${EXPORT_WIDTH} ${height}`, role: 'img', 'aria-label': chart.title, 'font-family': FONT_STACK, color: COLOURS.text })}><title>${esc(chart.title)}</title><desc>${esc(chart.summary)}</desc><rect width="100%" height="100%" fill="${COLOURS.paper}"/>${page.parts.join('')}</svg>`;
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
  for (const [first, ...rest] of chart.table.rows.slice(0, MAX_ROWS)) {
    page.text(first ? cellText(first) : '', 14, { bold: true });
    rest.forEach((cell, i) => {
      const text = cellText(cell);
      if (text !== '') page.text(`${headings[i] ?? ''}：${text}`, 13, { indent: 8 });
    });
    page.y += 8;
  }
  const more = chart.table.rows.length - MAX_ROWS;
  if (more > 0) page.text(`另有${more}行，见图表页。`, 13, { color: COLOURS.muted });
}
