/**
 * The two layouts (artboards, as ai2html calls them) a chart is drawn at: a narrow one for
 * phones and a wide one. Both are in the page; CSS shows one by the width of the figure (see
 * .chart-artboard in src/styles/global.css), so no script is needed.
 *
 * Each is drawn so that, at the narrowest width it is shown, its smallest text (FONT) is still
 * at least 12 CSS px and every interactive mark is at least 24 px square (HIT).
 */
export { textWidth } from '../../lib/format/textWidth.ts';

export interface Artboard {
  name: 'narrow' | 'wide';
  /** viewBox width. */
  width: number;
  /** The narrowest the artboard is shown at, in CSS px. */
  minDisplay: number;
}

/** Shown below WIDE_FROM: a 320 px phone figure (an embed at 320 px) up to a large phone. */
export const NARROW: Artboard = { name: 'narrow', width: 320, minDisplay: 296 };
/** Shown from WIDE_FROM up (global.css keeps the figure at most 44rem wide). */
export const WIDE: Artboard = { name: 'wide', width: 560, minDisplay: 520 };
/** Keep in step with the container query in global.css. */
export const WIDE_FROM = 520;

/** The smallest text of a chart, in viewBox units. */
export const FONT = 13;
/** The smallest side of a mark's hit area, in viewBox units (24 px at the narrowest display). */
export const HIT = 26;
