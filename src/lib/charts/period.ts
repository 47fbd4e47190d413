/**
 * A chart's period: the rows a metric counts must lie inside it. Dates may be a day, a month or
 * a year ("2020-04-27", "2020-01", "2017"); each is a span, and a row counts only when its whole
 * span lies inside the period. A row whose date is unknown, or whose span straddles an end, may
 * or may not belong: it is left out and makes its place's value a lower bound.
 */

/** `from` and `to` as written in a chart file: a year, a month or a day. */
export interface Period {
  from: string;
  to: string;
}

export const DATE_TEXT = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The first and last day a date written as a year, month or day covers, as YYYY-MM-DD. */
export function span(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

/** Whether a row's date lies inside the period, outside it, or cannot be told. */
export function placeInPeriod(value: unknown, period: Period): 'inside' | 'outside' | 'unknown' {
  const date = value === null || value === undefined ? '' : String(value);
  if (!DATE_TEXT.test(date)) return 'unknown';
  const [lo, hi] = span(date);
  const [from, to] = [span(period.from)[0], span(period.to)[1]];
  if (lo >= from && hi <= to) return 'inside';
  if (hi < from || lo > to) return 'outside';
  return 'unknown';
}
