/**
 * A share card (og:image): 1200×630, what a link shows in WeChat, Weibo and other apps. The
 * title and a short line of context on the left, the chart's wide drawing on the right, the site
 * and its address at the foot; a map keeps its schematic mark or review number.
 */
import { CARD } from '../../lib/images/imagePaths.ts';
import { COLOURS, FONT_STACK } from '../../lib/charts/theme.ts';
import { SITE } from '../../site.ts';
import type { ChartView, RenderedChart } from '../charts.ts';
import { fitLines } from './standaloneSvg.ts';
import { attrs, esc } from './svg.ts';

const PAD = 56;
const GAP = 40;
/** The drawing's box on the right; the text column takes the rest. */
const DRAWING = { width: 560, height: CARD.height - 2 * 40 };

export interface CardInput {
  title: string;
  /** The dek or subtitle; cut to a few lines. */
  context?: string | undefined;
  /** What kind of page: 报道 or 图表. */
  label: string;
  view?: ChartView | undefined;
  /** The map mark the drawing must keep (mapCredit's first line). */
  mapNote?: string | undefined;
}

export function shareCardSvg(input: CardInput): string {
  const drawing = input.view?.svg ?? input.view?.narrow;
  const textWidth = drawing ? CARD.width - 2 * PAD - GAP - DRAWING.width : CARD.width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const lines = (
    text: string,
    size: number,
    max: number,
    style: Record<string, string | number>,
  ) => {
    const wrapped = fitLines(text, textWidth / size);
    const shown =
      wrapped.length > max ? [...wrapped.slice(0, max - 1), `${wrapped[max - 1]}…`] : wrapped;
    for (const line of shown) {
      y += size * 1.3;
      parts.push(
        `<text${attrs({ x: PAD, y: Math.round(y), 'font-size': size, ...style })}>${esc(line)}</text>`,
      );
    }
  };
  lines(`中部链变 · ${input.label}`, 26, 1, { 'font-weight': 700, fill: COLOURS.accent });
  y += 18;
  lines(input.title, 48, 4, { 'font-weight': 700, fill: COLOURS.text });
  if (input.context) {
    y += 14;
    lines(input.context, 26, 3, { fill: COLOURS.muted });
  }
  // A view with no drawing lists its values instead (ChartView.list).
  if (!drawing && input.view?.list) {
    y += 14;
    for (const item of input.view.list.slice(0, 4))
      lines(`${item.name}：${item.text}`, 26, 1, { fill: COLOURS.text });
  }
  const foot = [input.mapNote, SITE.replace(/^https?:\/\//, '')].filter((l) => l !== undefined);
  foot.forEach((line, i) => {
    const size = i === foot.length - 1 ? 24 : 18;
    const lineY = CARD.height - PAD + 12 - (foot.length - 1 - i) * 30;
    for (const [j, piece] of fitLines(line, textWidth / size)
      .slice(0, 1)
      .entries())
      parts.push(
        `<text${attrs({ x: PAD, y: lineY + j * size, 'font-size': size, fill: COLOURS.muted })}>${esc(piece)}</text>`,
      );
  });
  if (drawing) {
    const scale = Math.min(DRAWING.width / drawing.width, DRAWING.height / drawing.height);
    const [w, h] = [drawing.width * scale, drawing.height * scale];
    const x = CARD.width - PAD - DRAWING.width + (DRAWING.width - w) / 2;
    parts.push(
      `<svg${attrs({ x: Math.round(x), y: Math.round((CARD.height - h) / 2), width: Math.round(w), height: Math.round(h), viewBox: `0 0 ${drawing.width} ${drawing.height}` })}>${drawing.body}</svg>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: CARD.width, height: CARD.height, viewBox: `0 0 ${CARD.width} ${CARD.height}`, 'font-family': FONT_STACK, color: COLOURS.text })}><rect width="100%" height="100%" fill="${COLOURS.paper}"/><rect width="12" height="100%" fill="${COLOURS.accent}"/>${parts.join('')}</svg>`;
}

/** A chart view's card: its title and subtitle beside its drawing. */
export function chartCard(chart: RenderedChart, view: ChartView | undefined): CardInput {
  return {
    title: view?.title ?? chart.title,
    context: view?.subtitle ?? chart.subtitle,
    label: view?.label && view !== chart.views[0] ? `图表 · ${view.label}` : '图表',
    view,
    mapNote: chart.mapCredit?.lines[0],
  };
}
