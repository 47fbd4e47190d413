/**
 * Embed codes and their reserved heights. The heights are estimated from what each embed page
 * holds at a few frame widths (the figure's text wrapped at that width, the drawing scaled to
 * it), because the code must reserve enough room before any script runs; tests/e2e/embed.test.ts
 * measures the real pages in Chromium and holds the estimate to them.
 */
import {
  embedSnippet,
  sizingFrom,
  type EmbedOptions,
  type EmbedSizing,
} from '../lib/embed/snippet.ts';
import type { EmbedTheme, EmbedVariant } from '../lib/embed/params.ts';
import { viewPath } from '../lib/charts/metricParam.ts';
import { viewImagePath, viewSvgPath } from '../lib/images/imagePaths.ts';
import { columnFits } from '../lib/data/tableLayout.ts';
import type { TableCell } from '../lib/data/tableView.ts';
import type { ChartView, RenderedChart } from './charts.ts';
import { SITE } from '../site.ts';
import { WIDE_FROM } from './render/artboards.ts';

export { SITE };
export type { EmbedOptions };

/** Frame widths the estimate is made at: phone, tablet and desktop columns. */
export const ESTIMATE_WIDTHS = [320, 360, 400, 480, 600, 720, 768, 1024, 1100, 1280] as const;
/** The theme of the code offered first: most host pages are light whatever the reader's setting. */
export const DEFAULT_THEME: EmbedTheme = 'light';

const BASE = 17;
const SMALL = 14;
const LEADING = 1.8;

/** Width of a text in px: CJK and full-width characters are square, the rest about half. */
function textWidth(text: string, px: number): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.56;
  return em * px;
}
/** Height of a paragraph of text wrapped at a width. */
function block(text: string, width: number, px = SMALL, leading = LEADING): number {
  return Math.max(1, Math.ceil(textWidth(text, px) / Math.max(width, px))) * px * leading;
}

/** The view's text, its drawing and the page's fixed lines, at one content width. */
function viewHeight(chart: RenderedChart, view: ChartView, variant: EmbedVariant, w: number) {
  const caption =
    block(view.title, w, 18, 1.4) + (view.subtitle ? 4 + block(view.subtitle, w) : 0) + 8;
  const labels = chart.views
    .map((v) => textWidth(v.label ?? '', SMALL) + 28)
    .reduce((a, b) => a + b, 0);
  const metricSwitch = chart.views.length > 1 ? Math.ceil(labels / w) * 42 + 8 : 0;
  const svg = drawingHeight(chart, view, w);
  const summary = block(view.summary, w - 11) + 2 * SMALL;
  const notes = view.notes.length
    ? view.notes.reduce((sum, n) => sum + block(n, w - 40), 2 * SMALL)
    : 0;
  const annotations = chart.annotations.reduce(
    (sum, a) => sum + block(`${a.target ?? a.at}:${a.text}`, w - 40, BASE),
    chart.annotations.length ? 2 * BASE : 0,
  );
  const sources = block(view.sources.map((s) => s.publisher).join('、') + '来源:', w) + 2 * SMALL;
  // The full embed lists every source of the chart, grouped, under the credit line.
  const documents =
    variant === 'full'
      ? chart.sources.reduce(
          (sum, s) => sum + block(`${s.publisher}：${s.title}${s.date ?? ''}`, w - 24) + 8,
          SMALL * LEADING * 4,
        )
      : 0;
  return caption + metricSwitch + svg + summary + notes + annotations + sources + documents;
}

/**
 * The drawing at a content width: the narrow artboard below the width where the wide one shows
 * (global.css), each no wider than its CSS allows; a listed view's lines.
 */
function drawingHeight(chart: RenderedChart, view: ChartView, w: number): number {
  if (view.list) return view.list.length * SMALL * LEADING + 16;
  const timeline = chart.kind === 'timeline';
  const narrow = view.narrow && w < (timeline ? 640 : WIDE_FROM) ? view.narrow : undefined;
  const svg = narrow ?? view.svg;
  if (!svg) return 0;
  const most = chart.kind === 'choropleth' ? 416 : narrow && timeline ? 432 : 704;
  return (Math.min(w, most) * svg.height) / svg.width;
}

/**
 * The data under the drawing: a collapsed line, the open table, or the timeline's list (open
 * in the full embed only).
 */
function dataHeight(chart: RenderedChart, view: ChartView, variant: EmbedVariant, w: number) {
  const line = SMALL * LEADING + 2 * BASE;
  const listing = variant === 'full' ? chart.listing?.('', true) : undefined;
  if (listing)
    return [...listing.matchAll(/<li[^>]*>(.*?)<\/li>/g)].reduce(
      // An event takes its date and place line, its text and its sources line at any width.
      (sum, [, item]) => sum + Math.max(block(plain(item ?? ''), w - 20), 3 * SMALL * 1.6) + 16,
      line * 3,
    );
  if (chart.listing) return line;
  return view.svg || view.list ? line : tableHeight(chart, w) + line;
}

const plain = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;/g, '&');

const cellText = (cell: TableCell, publishers: ReadonlyMap<string, string>): string =>
  cell.kind === 'text'
    ? cell.text
    : cell.kind === 'missing'
      ? '无数据'
      : cell.ids.map((id) => publishers.get(id) ?? id).join('、');

/**
 * An open table laid out as browsers lay out automatic tables: columns at their widest text
 * when that fits, otherwise each above its narrowest by its share of the room left.
 */
function tableHeight(chart: RenderedChart, w: number): number {
  const { table } = chart;
  const publishers = new Map(chart.sources.map((s) => [s.id, s.publisher]));
  const rows = [table.columns.map((text) => ({ kind: 'text', text }) as TableCell), ...table.rows];
  const pad = 17;
  // The widths src/styles/tables.css gives each column's fit (src/lib/data/tableLayout.ts); the
  // table scrolls sideways instead of squeezing them. Narrow frames cap the text columns.
  const narrow = w < 640;
  const widths = columnFits(table.rows).map((fit, i) => {
    const texts = rows.map((row) => cellText(row[i] ?? { kind: 'missing' }, publishers));
    if (fit === 'number' || fit === 'nowrap')
      return Math.max(...texts.map((t) => textWidth(t, SMALL))) + pad;
    if (fit === 'sources') return 14 * SMALL + pad;
    const em = Number(fit.slice(1));
    const shown = narrow ? (i === 0 ? 6 : Math.min(em, 14)) : em;
    return shown * SMALL + pad;
  });
  return rows.reduce(
    (sum, row) =>
      sum +
      Math.max(
        ...row.map((cell, i) =>
          block(cellText(cell, publishers), (widths[i] ?? w) - pad, SMALL, 1.5),
        ),
      ) +
      9,
    0,
  );
}

/** Estimated height of the embed page in a frame `width` px wide. */
export function estimateHeight(
  chart: RenderedChart,
  view: ChartView,
  variant: EmbedVariant,
  width: number,
): number {
  const w = width - 16;
  const page = 2 + 16 + BASE * LEADING + 8;
  return Math.ceil(
    page + viewHeight(chart, view, variant, w) + dataHeight(chart, view, variant, w),
  );
}

export function embedSizing(
  chart: RenderedChart,
  view: ChartView,
  variant: EmbedVariant,
): EmbedSizing {
  return sizingFrom(
    ESTIMATE_WIDTHS.map((w) => [w, estimateHeight(chart, view, variant, w)] as const),
  );
}

// Every page that shows a chart offers its embed code: estimate each chart's heights once.
const optionsOf = new WeakMap<RenderedChart, EmbedOptions>();

export function embedOptions(chart: RenderedChart): EmbedOptions {
  const known = optionsOf.get(chart);
  if (known) return known;
  const options: EmbedOptions = {
    site: SITE,
    id: chart.id,
    title: chart.title,
    theme: DEFAULT_THEME,
    views: chart.views.map((view, i) => ({
      key: view.metric ?? '',
      title: view.title,
      ...(view.metric !== undefined && i > 0 ? { metric: view.metric } : {}),
      page: viewPath(chart.id, view.metric, i === 0),
      image: viewImagePath(chart.id, view.metric, i === 0),
      svg: viewSvgPath(chart.id, view.metric, i === 0),
      sizing: {
        compact: embedSizing(chart, view, 'compact'),
        full: embedSizing(chart, view, 'full'),
      },
    })),
  };
  optionsOf.set(chart, options);
  return options;
}

/** The default view's height attribute (oEmbed and the chart's metadata). */
export function embedHeight(chart: RenderedChart): number {
  return embedOptions(chart).views[0]?.sizing.compact.height ?? 0;
}

/** The code offered first: the default view, compact, light. */
export function embedCode(chart: RenderedChart): string {
  const options = embedOptions(chart);
  const view = options.views[0];
  if (!view) return '';
  return embedSnippet({
    ...options,
    ...view,
    sizing: view.sizing.compact,
    variant: 'compact',
  });
}
