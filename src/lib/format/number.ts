/**
 * The one number format of the site, used by text, charts and tables alike (house style,
 * content/README.md): thousands grouped with commas from 1,000 up, the unit right after the
 * number with no space ("54,259.2亿元", "13项", "7.0%"), "至少13项" for lower bounds and
 * "无数据" for unknown values. Years, codes and ids are not numbers to format: print them as
 * they are.
 */

export interface NumberFormat {
  /**
   * Exactly this many decimals, when a figure must keep the precision it was published with
   * (a column's `decimals:` in its declaration); otherwise at most two, trailing zeros dropped.
   */
  decimals?: number | undefined;
}

const formats = new Map<string, Intl.NumberFormat>();

function formatter(decimals: number | undefined): Intl.NumberFormat {
  const key = String(decimals ?? 'auto');
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      useGrouping: true,
      ...(decimals === undefined
        ? { maximumFractionDigits: 2 }
        : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * A number as readers see it: thousands grouped, at most two decimals unless told.
 * @example formatNumber(36425.78) // '36,425.78'
 * @example formatNumber(7, { decimals: 1 }) // '7.0'
 */
export function formatNumber(value: number, options: NumberFormat = {}): string {
  return formatter(options.decimals).format(value);
}

/** What reads as unknown, wherever a value is missing. */
export const MISSING_TEXT = '无数据';

/**
 * A number with its unit, no space between: "54,259.2亿元", "13项", "7.0%" (a percentage always
 * with its decimal); "至少13项" for a lower bound; "无数据" when unknown. Pass the column's
 * `decimals` so a chart shows a value exactly as the data table and the story text do.
 */
export function formatQuantity(
  value: number | null | undefined,
  unit = '',
  options: NumberFormat & { atLeast?: boolean | undefined } = {},
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return MISSING_TEXT;
  const number = formatNumber(value, options);
  // A percentage always shows its decimal, as the tables do: 7.0%, never 7%.
  const shown = unit.trim() === '%' && !number.includes('.') ? `${number}.0` : number;
  const text = `${shown}${unit.trim()}`;
  return options.atLeast ? `至少${text}` : text;
}
