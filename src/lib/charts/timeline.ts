/**
 * Timeline spec, wide layout: dated events by time (x) and lanes (rows). A date known to the day
 * is a point. A date known only to the month or the year is an imprecise mark at the start of
 * that period, with a faint whisker over the period: never a band, which would make the vaguest
 * item the most prominent one. Marks that would sit closer than a finger's target in one lane
 * are dodged onto sub-rows, so no two targets overlap. The narrow layout is timelineVertical.ts.
 */
import { datePrecision, formatDateZh, type DatePrecision } from '../format/partialDate.ts';

export interface TimelineEvent {
  id: string;
  date: string;
  /** Row (lane): a province code, a group, or '' for events without one. */
  row: string;
  /** The place the event is about, by name, as readers see it (e.g. 山东 in 其他省份). */
  place?: string;
  /** What the mark's colour says (a level, a kind…); '' when the chart has no colour field. */
  category: string;
  /** The event in one line, as readers see it. */
  text: string;
  sources: string[];
}

export interface PlacedEvent extends TimelineEvent {
  precision: DatePrecision;
  /** True when the date names a day; false for a month or a year (drawn as imprecise). */
  exact: boolean;
  dateText: string;
  /** Where the mark sits: the day, or the first day of the month or year. */
  x: number;
  /** The period a month- or year-only date may mean (x0 = x); x1 = x0 for a day. */
  x0: number;
  x1: number;
  y: number;
}

export interface TimelineSpec {
  width: number;
  rows: { key: string; label: string; y: number; top: number; bottom: number }[];
  years: { year: number; x: number }[];
  events: PlacedEvent[];
  /** Where the lanes end and the legend begins. */
  plotBottom: number;
  height: number;
}

/** A finger's target: marks in one lane are at least this far apart, centre to centre. */
export const TARGET = 24;
const SUB_ROW = 26;
const LANE_PAD = 4;
const LEFT = 76;
const RIGHT = 16;
const TOP = 28;
/** Room under the lanes for the legend: the colours and the key to exact and imprecise marks. */
const LEGEND = 56;

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

/** Events in date order (a month before the days in it), ties by id. */
export function byDate<T extends { date: string; id: string }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id),
  );
}

export interface TimelineInput {
  events: readonly TimelineEvent[];
  rowLabels: ReadonlyMap<string, string>;
  rowOrder: readonly string[];
  from: number;
  to: number;
  width: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Greedy sub-rows: each mark goes to the first sub-row whose last mark is a target away. */
export function dodge(xs: readonly number[], gap = TARGET): number[] {
  const lastX: number[] = [];
  return xs.map((x) => {
    let row = lastX.findIndex((last) => x - last >= gap);
    if (row === -1) row = lastX.length;
    lastX[row] = x;
    return row;
  });
}

export function timelineSpec(input: TimelineInput): TimelineSpec {
  const start = dayNumber(input.from);
  const end = dayNumber(input.to + 1);
  const xOf = (day: number) =>
    round(LEFT + ((day - start) / (end - start)) * (input.width - LEFT - RIGHT));
  const placed = byDate(input.events).map((event) => {
    const [first, last] = dateSpan(event.date);
    const precision = datePrecision(event.date);
    const exact = precision === 'day';
    const x = xOf(exact ? first + 0.5 : first);
    return {
      ...event,
      precision,
      exact,
      dateText: formatDateZh(event.date),
      x,
      x0: x,
      x1: exact ? x : xOf(last + 1),
      y: 0,
    };
  });
  const used = new Set(placed.map((e) => e.row));
  const rows: TimelineSpec['rows'] = [];
  let top = TOP;
  for (const key of input.rowOrder.filter((k) => used.has(k))) {
    const inLane = placed.filter((e) => e.row === key).sort((a, b) => a.x - b.x);
    const subRows = dodge(inLane.map((e) => e.x));
    inLane.forEach((e, i) => (e.y = top + LANE_PAD + (subRows[i] ?? 0) * SUB_ROW + SUB_ROW / 2));
    const bottom = top + LANE_PAD * 2 + (Math.max(0, ...subRows) + 1) * SUB_ROW;
    rows.push({
      key,
      label: input.rowLabels.get(key) ?? key,
      y: top + LANE_PAD + SUB_ROW / 2,
      top,
      bottom,
    });
    top = bottom;
  }
  const years = Array.from({ length: input.to - input.from + 2 }, (_, i) => ({
    year: input.from + i,
    x: xOf(dayNumber(input.from + i)),
  }));
  return { width: input.width, rows, years, events: placed, plotBottom: top, height: top + LEGEND };
}

/**
 * What the timeline shows, in one sentence: how many events, from the first date to the last,
 * and how many are dated only to the month or the year.
 * @example timelineSummary(events) // '从2016年12月到2020年11月共44件事，其中9件的日期只精确到月或年。'
 */
export function timelineSummary(events: readonly PlacedEvent[]): string {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return '没有可以画出的事件。';
  const span =
    first.dateText === last.dateText ? first.dateText : `从${first.dateText}到${last.dateText}`;
  const vague = events.filter((e) => !e.exact).length;
  const rest =
    vague === 0
      ? ''
      : vague === events.length
        ? '，日期都只精确到月或年'
        : `，其中${vague}件的日期只精确到月或年`;
  return `${span}共${events.length}件事${rest}。`;
}
