/**
 * Full-width digits and Chinese date forms are common in text pasted from Chinese documents.
 * We reject them rather than convert them silently (so every file stays in one form that
 * tools and diffs read alike), and we compute the exact fix for the error message.
 */

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

/** True when the text holds full-width ASCII (digits, letters, punctuation) or an ideographic space. */
export function hasFullWidth(text: string): boolean {
  return FULL_WIDTH.test(text);
}

/**
 * Maps full-width ASCII to half-width.
 * @example toHalfWidth('２０２０') // '2020'
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

const CHINESE_DATE = /^\s*(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?\s*$/;

/**
 * Rewrites a Chinese-style date as an ISO partial date, or returns undefined.
 * @example chineseDateToIso('２０２０年４月２３日') // '2020-04-23'
 * @example chineseDateToIso('2018年11月') // '2018-11'
 */
export function chineseDateToIso(text: string): string | undefined {
  const match = CHINESE_DATE.exec(toHalfWidth(text));
  if (!match) return undefined;
  const [, year, month, day] = match;
  return [year, month, day]
    .filter((part): part is string => part !== undefined)
    .map((part, i) => (i === 0 ? part : part.padStart(2, '0')))
    .join('-');
}

/** A mechanical fix for a value typed in full-width or Chinese date form, if there is one. */
export function suggestHalfWidthFix(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const asDate = chineseDateToIso(value);
  if (asDate !== undefined)
    return `write the date as ${asDate} (year-month-day, half-width digits)`;
  if (hasFullWidth(value)) return `type it with half-width characters: ${toHalfWidth(value)}`;
  return undefined;
}
