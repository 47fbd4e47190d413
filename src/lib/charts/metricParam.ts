/**
 * The shown metric of each chart in a page's address: `?<chart id>=<metric id>`, one parameter
 * per chart, so switching one figure leaves every other figure on the page (and in a shared
 * link) as it was. The value comes from a URL, so it counts only when it names one of that
 * chart's own metrics; anything else is ignored and the chart shows its default view.
 * @example pickMetric('?filings-map=gdp-2019', 'filings-map', ['filings', 'gdp-2019']) // 'gdp-2019'
 * @example pickMetric('?filings-map=<script>', 'filings-map', ['filings']) // undefined
 */
export function pickMetric(
  search: string,
  chart: string,
  metrics: readonly string[],
): string | undefined {
  const wanted = new URLSearchParams(search).get(chart);
  return wanted !== null && metrics.includes(wanted) ? wanted : undefined;
}

/**
 * The address with one chart's metric set, or removed when it is the view the page shows by
 * itself (`initial`); every other parameter and the fragment are kept.
 * @example withMetric('https://x/s/?a=1', 'filings-map', 'gdp-2019', 'filings') // 'https://x/s/?a=1&filings-map=gdp-2019'
 */
export function withMetric(href: string, chart: string, metric: string, initial: string): string {
  const url = new URL(href);
  if (metric === initial) url.searchParams.delete(chart);
  else url.searchParams.set(chart, metric);
  return url.toString();
}

/** The path of a chart view's own page: the first metric is the chart's page itself. */
export function viewPath(chart: string, metric: string | undefined, first: boolean): string {
  return first || metric === undefined ? `/charts/${chart}/` : `/charts/${chart}/${metric}/`;
}
