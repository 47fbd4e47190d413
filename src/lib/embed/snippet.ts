/**
 * The embed code an editor copies: an iframe with a title, a reserved height (no layout shift
 * before the first height message), lazy loading and a strict referrer policy, the loader
 * script, and a plain link for hosts that strip iframes.
 *
 * The reserved height follows the frame's width without JavaScript: a small style rule gives the
 * frame an aspect ratio and a minimum height, so a phone column gets the tall text-wrapped
 * figure and a desktop column the wide drawing. The rule stops applying as soon as anything
 * (our loader, Datawrapper's listener) writes a height into the frame's style attribute. Hosts
 * that strip style elements fall back to the integer height attribute.
 */
import { embedPath, type EmbedTheme, type EmbedVariant, type EmbedView } from './params.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SnippetInput extends EmbedView {
  /** The site's address, e.g. https://central-china-chain.example */
  site: string;
  title: string;
  /** The chart page of the view, for the fallback link (path under the site). */
  page: string;
  sizing: EmbedSizing;
}

/** From which host width (CSS px) each minimum height applies; the first from 0. */
export const BANDS = [0, 480, 720, 1100] as const;

/**
 * Heights to reserve, all integers: height = max(minimum of the width's band, width × ratio /
 * 1000). The bands are keyed to the host page's width, which holds the frame: a phone column
 * wraps text most, so its minimum is the tallest.
 */
export interface EmbedSizing {
  /** The height attribute: what hosts without the style rule reserve. */
  height: number;
  /** Height per 1,000 px of width. */
  ratio: number;
  /** One minimum per band of BANDS. */
  minHeights: number[];
}

const bandOf = (width: number) => BANDS.findLastIndex((from) => width >= from);

/** The height the style rule reserves in a frame this wide (on a page as wide). */
export function reservedAt(sizing: EmbedSizing, width: number): number {
  const min = sizing.minHeights[bandOf(width)] ?? 0;
  return Math.max(min, Math.ceil((width * sizing.ratio) / 1000));
}

/**
 * Sizing from estimated content heights at a few frame widths: each band's minimum covers the
 * band's widths (where text wraps most), the ratio the widths where the drawing outgrows it.
 * @example sizingFrom([[320, 900], [768, 700], [1280, 800]]).minHeights // [1035, 805, 920]
 */
export function sizingFrom(
  estimates: readonly (readonly [number, number])[],
  margin = 1.15,
): EmbedSizing {
  const minHeights = BANDS.map((_, band) =>
    Math.ceil(
      Math.max(0, ...estimates.filter(([w]) => bandOf(w) === band).map(([, h]) => h * margin)),
    ),
  );
  // Only widths their band's minimum does not already cover set the ratio.
  const ratio = Math.ceil(
    Math.max(
      1,
      ...estimates.map(([w, h]) =>
        h * margin > (minHeights[bandOf(w)] ?? 0) ? (h * margin * 1000) / w : 0,
      ),
    ),
  );
  const sizing = { height: 0, ratio, minHeights };
  // Without the style rule, a typical article column of 640 px.
  return { ...sizing, height: reservedAt(sizing, 640) };
}

/** The style rule that reserves the height for one embed code's frame. */
function sizingRule(key: string, { ratio, minHeights }: EmbedSizing): string {
  const frame = `iframe.${key}:not([style*="height"])`;
  const rules = [`${frame}{height:auto;aspect-ratio:1000/${ratio};min-height:${minHeights[0]}px}`];
  BANDS.forEach((from, band) => {
    if (band > 0 && minHeights[band] !== minHeights[band - 1])
      rules.push(`@media(min-width:${from}px){${frame}{min-height:${minHeights[band]}px}}`);
  });
  return `<style>${rules.join('')}</style>`;
}

export function embedSnippet(input: SnippetInput): string {
  const { site, title, sizing, id, metric, variant } = input;
  const base = site.replace(/\/$/, '');
  const key = ['ccc', id, metric, variant === 'full' ? 'full' : undefined]
    .filter(Boolean)
    .join('-');
  return [
    sizingRule(key, sizing),
    `<iframe class="${key}" src="${base}${embedPath(input)}" title="${escape(title)}" data-ccc-embed="${id}" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" width="100%" height="${sizing.height}" style="width:100%;border:0"></iframe>`,
    `<script src="${base}/embed.js" async></script>`,
    `<p><a href="${base}${input.page}">${escape(title)}（查看图表与数据）</a></p>`,
  ].join('\n');
}

/** What the share panel needs to write any view's embed code, in the page or in the browser. */
export interface EmbedOptions {
  site: string;
  id: string;
  title: string;
  theme: EmbedTheme;
  views: {
    /** The view's metric id ("" for a chart with one view), to find it by. */
    key: string;
    /** What the view is called while it is shown. */
    title: string;
    /** The metric in the embed's address: none for the default view. */
    metric?: string | undefined;
    page: string;
    /** The view's image, drawn at build time (src/lib/images/imagePaths.ts). */
    image: string;
    /** The view as an SVG file. */
    svg: string;
    sizing: Record<EmbedVariant, EmbedSizing>;
  }[];
}
