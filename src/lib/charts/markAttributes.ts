/**
 * The attributes build-time figures carry for the page script (src/client/charts.ts): one list,
 * so the renderers that write them and the script that reads them cannot drift apart.
 */
export const CHART_ATTRS = {
  /** On a figure: its chart id, switch mode, metric ids and per-metric summaries. */
  chart: 'data-chart',
  switchMode: 'data-switch',
  metrics: 'data-metrics',
  summaries: 'data-summaries',
  /** On a view or a switch link: the metric it shows. */
  metric: 'data-metric',
  /** On a mark: the place or group code and its name, and its tooltip text. */
  code: 'data-code',
  name: 'data-name',
  tip: 'data-tip',
  /** On a map legend: the metric it belongs to. */
  legend: 'data-legend',
  /** On timeline marks and list items: the lane and the category, for the filters. */
  lane: 'data-row',
  category: 'data-kind',
} as const;

/** Per-metric attributes of a map region: its fill, value text, label ink and source line. */
export const regionAttr = {
  fill: (metric: string) => `data-fill-${metric}`,
  text: (metric: string) => `data-text-${metric}`,
  ink: (metric: string) => `data-ink-${metric}`,
  source: (metric: string) => `data-src-${metric}`,
};

/** The class names of marks a reader can focus and hover. */
export const MARK_CLASSES = ['region', 'point', 'bar', 'event', 'line-point'] as const;

/** Names of the timeline's filter checkboxes, by what they filter: the lane and the category. */
export const FILTER_NAMES = { lane: 'row', category: 'kind' } as const;
