/** What the parts of a chart's enhancement share: the figure, and the metric it shows now. */
import { CHART_ATTRS } from '../lib/charts/markAttributes.ts';

export interface ChartState {
  readonly figure: HTMLElement;
  /** The metric shown; undefined for a chart with a single view. */
  metric: string | undefined;
  /** Brings the marks up to date after the shown metric or the filters changed. */
  refresh: () => void;
}

/** The figure's metric ids, in the order of its switch (empty for a single view). */
export function metricsOf(figure: HTMLElement): string[] {
  return (figure.getAttribute(CHART_ATTRS.metrics) ?? '').split(' ').filter(Boolean);
}
