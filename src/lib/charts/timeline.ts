/**
 * Timeline spec: dated events laid out by time (x) and lanes (rows). A date known only to the
 * month or year is drawn as a span over that month or year, never as a point on the 1st. The
 * axis runs from the first to the last year given (the kind fits them to its events).
 */
import { datePrecision, formatDateZh, type DatePrecision } from '../format/partialDate.ts';

export interface TimelineEvent {
  id: string;
  date: string;
  /** Row (lane): a province code, a category, or '' for events without one. */
  row: string;
  /** What the mark's colour says (a level, a kind…); '' when the chart has no colour field. */
  category: string;
  /** The event in one line, as readers see it. */
  text: string;
  sources: string[];
}

export interface PlacedEvent extends TimelineEvent {
  precision: DatePrecision;
  dateText: string;
  x0: number;
  x1: number;
  y: number;
}

export interface TimelineSpec {
  width: number;
  rows: { key: string; label: string; y: number }[];
  years: { year: number; x: number }[];
  events: PlacedEvent[];
  height: number;
}

/** Days since 1970 of the first day of a partial date. */
function dayNumber(year: number, month = 1, day = 1): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The first and last day a partial date can mean. */
export function dateSpan(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return [dayNumber(y), dayNumber(y + 1) - 1];
  if (d === undefined) return [dayNumber(y, m), dayNumber(y, m + 1) - 1];
  return [dayNumber(y, m, d), dayNumber(y, m, d)];
}

export interface TimelineInput {
  events: readonly TimelineEvent[];
  rowLabels: ReadonlyMap<string, string>;
  rowOrder: readonly string[];
  from: number;
  to: number;
  width: number;
}

export function timelineSpec(input: TimelineInput): TimelineSpec {
  const left = 64;
  const right = 12;
  const rowHeight = 28;
  const top = 24;
  const start = dayNumber(input.from);
  const end = dayNumber(input.to + 1);
  const x = (day: number) => left + ((day - start) / (end - start)) * (input.width - left - right);
  const used = new Set(input.events.map((e) => e.row));
  const rows = input.rowOrder
    .filter((key) => used.has(key))
    .map((key, i) => ({
      key,
      label: input.rowLabels.get(key) ?? key,
      y: top + i * rowHeight + rowHeight / 2,
    }));
  const yOf = new Map(rows.map((r) => [r.key, r.y]));
  const events = [...input.events]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)))
    .map((event) => {
      const [first, last] = dateSpan(event.date);
      return {
        ...event,
        precision: datePrecision(event.date),
        dateText: formatDateZh(event.date),
        x0: Math.round(x(first) * 10) / 10,
        x1: Math.round(x(last + 1) * 10) / 10,
        y: yOf.get(event.row) ?? top,
      };
    });
  const years = Array.from({ length: input.to - input.from + 2 }, (_, i) => ({
    year: input.from + i,
    x: Math.round(x(dayNumber(input.from + i)) * 10) / 10,
  }));
  return { width: input.width, rows, years, events, height: top + rows.length * rowHeight + 24 };
}
