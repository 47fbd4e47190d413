/**
 * Progressive enhancement for build-time charts: tooltips on hover and keyboard focus, arrow-key
 * movement between marks, metric switching without a reload (kept in `?metric=`), timeline
 * filters, and the share panel's buttons. Everything it shows is already in the page; without
 * it the charts stay complete.
 */
import { CHART_ATTRS } from '../lib/charts/markAttributes.ts';
import { enableMarks, labelMarks } from './chartMarks.ts';
import { metricsOf, type ChartState } from './chartState.ts';
import { enableMetricSwitch } from './metricSwitch.ts';
import { enableCopyButtons, enablePngButtons } from './shareButtons.ts';
import { enableTimelineFilters } from './timelineFilters.ts';

function enhance(figure: HTMLElement): void {
  const state: ChartState = {
    figure,
    metric: metricsOf(figure)[0],
    refresh: () => labelMarks(state),
  };
  enableMarks(state);
  enableMetricSwitch(state);
  enableTimelineFilters(state);
  state.refresh();
}

document.querySelectorAll<HTMLElement>(`figure[${CHART_ATTRS.chart}]`).forEach(enhance);
enableCopyButtons(document);
enablePngButtons(document);
