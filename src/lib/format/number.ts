const grouped = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: true });

/**
 * Formats a number the way Chinese newsrooms print data: thousands grouped, at most two decimals.
 * @example formatNumber(36425.78) // '36,425.78'
 */
export function formatNumber(value: number): string {
  return grouped.format(value);
}
