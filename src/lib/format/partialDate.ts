/** A date known to the year, the month or the day: `2020`, `2020-04`, `2020-04-23`. */
export const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

/** How precisely a partial date is known, read from its length. */
export function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/**
 * True when a partial date names a real year, month and day (no 2019-02-30, no month 13).
 * @example isRealDate('2020-02-29') // true
 * @example isRealDate('2019-02-29') // false
 */
export function isRealDate(date: string): boolean {
  if (!PARTIAL_DATE.test(date)) return false;
  const [year, month = 1, day = 1] = date.split('-').map(Number) as [number, number?, number?];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * Formats a partial date in Chinese at its own precision: a month-only date never shows a day.
 * @example formatDateZh('2020-04-23') // '2020年4月23日'
 * @example formatDateZh('2018-11') // '2018年11月'
 */
export function formatDateZh(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return `${year}年`;
  if (day === undefined) return `${year}年${Number(month)}月`;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** Sort key: a partial date sorts before the full dates it contains (2020-04 before 2020-04-01). */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
