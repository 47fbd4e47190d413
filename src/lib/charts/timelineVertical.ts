/**
 * Timeline spec, narrow layout (a phone): time runs down, one row per event under a heading per
 * year, each row a mark on a rail, the date (without the year the heading gives, unless only the
 * year is known), the place and the event cut to one line. Computed at build time for a width
 * of about a phone's figure; the page picks it by a container query.
 */
import { textWidth, truncateToWidth } from '../format/textWidth.ts';
import type { PlacedEvent } from './timeline.ts';

export const NARROW = {
  width: 340,
  fontSize: 14,
  rowHeight: 28,
  yearHeight: 36,
  /** The rail and its marks. */
  railX: 14,
  dateX: 30,
  placeX: 112,
  labelX: 158,
  right: 4,
  /** Room above the rows for the legend. */
  legendLine: 24,
} as const;

/** On the narrow drawing's headings and rows: the height of the slot each fills, and its year. */
export const NARROW_ATTRS = { slot: 'data-slot', year: 'data-year' } as const;

export interface VerticalRow {
  event: PlacedEvent;
  y: number;
  /** The date as the row shows it, under its year's heading. */
  date: string;
  label: string;
  place: string;
}

export interface VerticalSpec {
  width: number;
  top: number;
  years: { year: number; y: number }[];
  rows: VerticalRow[];
  height: number;
}

/** The date without the year its heading shows; a year-only date keeps its year ("2019年"). */
export function shortDate(event: Pick<PlacedEvent, 'dateText' | 'precision'>): string {
  return event.precision === 'year' ? event.dateText : event.dateText.replace(/^\d{4}年/, '');
}

/**
 * @param events in date order, as the wide spec placed them
 * @param placeOf the name shown for an event's place
 * @param legendLines how many lines of legend sit above the rows
 */
export function verticalSpec(
  events: readonly PlacedEvent[],
  placeOf: (event: PlacedEvent) => string,
  legendLines: number,
): VerticalSpec {
  const n = NARROW;
  const top = legendLines * n.legendLine + 8;
  const labelWidth = n.width - n.labelX - n.right;
  const years: VerticalSpec['years'] = [];
  const rows: VerticalRow[] = [];
  let y = top;
  let year = '';
  for (const event of events) {
    if (event.date.slice(0, 4) !== year) {
      year = event.date.slice(0, 4);
      years.push({ year: Number(year), y: y + n.yearHeight - 10 });
      y += n.yearHeight;
    }
    rows.push({
      event,
      y: y + n.rowHeight / 2,
      date: shortDate(event),
      label: truncateToWidth(event.text, labelWidth, n.fontSize),
      place: truncateToWidth(placeOf(event), n.labelX - n.placeX - 4, n.fontSize),
    });
    y += n.rowHeight;
  }
  return { width: n.width, top, years, rows, height: y + 8 };
}

/** Whether every row's date fits its column (a test and the renderer's guard). */
export function datesFit(spec: VerticalSpec): boolean {
  const n = NARROW;
  return spec.rows.every((r) => textWidth(r.date, n.fontSize) <= n.placeX - n.dateX - 4);
}

/** Legend items laid out left to right, wrapping to a new line when the next would not fit. */
export function flowItems(
  widths: readonly number[],
  maxWidth: number,
  gap = 16,
): { x: number; line: number }[] {
  let x = 0;
  let line = 0;
  return widths.map((w) => {
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      line += 1;
    }
    const at = { x, line };
    x += w + gap;
    return at;
  });
}
