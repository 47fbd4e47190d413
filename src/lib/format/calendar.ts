/**
 * Says why a date written 2026-02-30 or 2026-13-01 is not in the calendar, in words a journalist
 * can act on: the month's real number of days, or the range of months.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * What a date should be, when its month or day does not exist; undefined when it does (or when
 * it is not written as a date at all: other checks say so).
 * @example calendarMistake('2026-02-30') // 'a day that exists in the calendar: February 2026 has 28 days'
 * @example calendarMistake('2026-13')    // 'a date whose month is from 01 to 12'
 */
export function calendarMistake(date: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  if (month < 1 || month > 12) return 'a date whose month is from 01 to 12';
  if (match[3] === undefined) return undefined;
  const day = Number(match[3]);
  const days = daysInMonth(year, month);
  if (day >= 1 && day <= days) return undefined;
  return `a day that exists in the calendar: ${MONTHS[month - 1]} ${year} has ${days} days`;
}
