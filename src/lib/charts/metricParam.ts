/**
 * Reads the `?metric=` parameter of a chart link. The value comes from a URL, so it is only
 * accepted when it names one of the chart's own metrics; anything else falls back to the default.
 * @example pickMetric('?metric=parks', ['filings', 'parks']) // 'parks'
 * @example pickMetric('?metric=<script>', ['filings']) // 'filings'
 */
export function pickMetric(search: string, metrics: readonly string[]): string | undefined {
  const wanted = new URLSearchParams(search).get('metric');
  return wanted !== null && metrics.includes(wanted) ? wanted : metrics[0];
}
