/** What the parts of a chart's enhancement share: the figure, and the metric it shows now. */
import { CHART_ATTRS } from '../lib/charts/markAttributes.ts';

export interface ChartState {
  readonly figure: HTMLElement;
  /** The metric shown; undefined for a chart with a single view. */
  metric: string | undefined;
  /** Brings the marks and the share panel up to date after the metric or the filters changed. */
  refresh: () => void;
}

/** The figure's metric ids, in the order of its switch (empty for a single view). */
export function metricsOf(figure: HTMLElement): string[] {
  return (figure.getAttribute(CHART_ATTRS.metrics) ?? '').split(' ').filter(Boolean);
}

/** The metric the page drew the figure with: its current switch link, or the first metric. */
export function initialMetric(figure: HTMLElement): string | undefined {
  const current = figure.querySelector(`.metric-switch a[aria-current="true"]`);
  return current?.getAttribute(CHART_ATTRS.metric) ?? metricsOf(figure)[0];
}
