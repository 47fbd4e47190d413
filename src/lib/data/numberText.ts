/**
 * Numbers as journalists copy them from reports: "36,425.78", "3.64万亿", "12项". Each is
 * rejected (files hold plain numbers in the column's declared unit), and here the plain number
 * is computed for the fix, exactly, in decimal, when the reading is not in doubt.
 */

/** Powers of ten of the Chinese multipliers. */
const MULTIPLIERS: Record<string, number> = { '': 0, 万: 4, 亿: 8, 万亿: 12 };

/**
 * Moves the decimal point of a plain decimal number: `shiftDecimal('3.64', 4)` is '36400'.
 * Works on the digits, so no float error creeps into a number shown as the fix.
 */
export function shiftDecimal(number: string, places: number): string {
  const negative = number.startsWith('-');
  const [whole = '', fraction = ''] = number.replace(/^-/, '').split('.');
  const digits = whole + fraction;
  const point = whole.length + places;
  const padded =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  const trimmed = padded
    .replace(/^0+(?=\d)/, '')
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
  return negative && trimmed !== '0' ? `-${trimmed}` : trimmed;
}

/**
 * A number written with thousands separators, as plain digits.
 * @example withoutSeparators('36,425.78') // '36425.78'
 */
export function withoutSeparators(text: string): string | undefined {
  const trimmed = text.trim().replace(/，/g, ',');
  return /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(trimmed) ? trimmed.replace(/,/g, '') : undefined;
}

/** A number and what follows it: "3.64万亿元" → { number: '3.64', rest: '万亿元' }. */
function splitNumber(text: string): { number: string; rest: string } | undefined {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*(\S*?)\s*$/.exec(text.replace(/,/g, ''));
  if (!match || match[2] === '') return undefined;
  return { number: match[1] ?? '', rest: match[2] ?? '' };
}

/**
 * The value in the column's unit, for a number written with 万/亿 or with a unit after it.
 * One number when the reading is mechanical; two (the 万元 and the 万亿元 reading) when a
 * "万" in a column of 亿元 could mean either; nothing when the text is not a number with a unit.
 * @example inColumnUnit('3.64万亿', '亿元') // ['36400']
 * @example inColumnUnit('1.2万', '项') // ['12000']
 */
export function inColumnUnit(text: string, unit = ''): string[] {
  const split = splitNumber(text);
  if (!split) return [];
  const { number, rest } = split;
  const money = /^(万|亿)?元$/.exec(unit);
  if (!money) {
    // Not money: a multiplier, then the unit repeated or nothing.
    const bare = unit !== '' && rest.endsWith(unit) ? rest.slice(0, -unit.length) : rest;
    const power = MULTIPLIERS[bare];
    return power === undefined ? [] : [shiftDecimal(number, power)];
  }
  const columnPower = MULTIPLIERS[money[1] ?? ''] ?? 0;
  // Yuan written out ("万元", "亿元", "万亿元"): convert to the column's unit.
  const yuan = /^(万|亿|万亿)?元$/.exec(rest);
  if (yuan) return [shiftDecimal(number, (MULTIPLIERS[yuan[1] ?? ''] ?? 0) - columnPower)];
  // The column's multiplier without 元 ("亿" in 亿元, "万亿" in 亿元): the unit repeated.
  const prefix = money[1] && rest.endsWith(money[1]) ? rest.slice(0, -money[1].length) : undefined;
  if (prefix !== undefined && MULTIPLIERS[prefix] !== undefined)
    return [shiftDecimal(number, MULTIPLIERS[prefix])];
  const power = MULTIPLIERS[rest];
  if (power === undefined) return [];
  // 元: a multiplier names yuan. Larger than the column's ("亿" in 万元): yuan, nothing else.
  if (columnPower === 0 || power > columnPower) return [shiftDecimal(number, power - columnPower)];
  // Smaller ("万" in 亿元): 万元, or 万亿元 shortened.
  return [shiftDecimal(number, power - columnPower), shiftDecimal(number, power)];
}
