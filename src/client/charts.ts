/**
 * Progressive enhancement for build-time charts: tooltips on hover and keyboard focus, arrow-key
 * movement between marks, metric switching without a reload (kept in `?<chart id>=<metric>`),
 * timeline filters, and the share panel. Everything it shows is already in the page; without
 * it the charts stay complete.
 */
import { CHART_ATTRS } from '../lib/charts/markAttributes.ts';
import { enableMarks, labelMarks } from './chartMarks.ts';
import { initialMetric, type ChartState } from './chartState.ts';
import { enableMetricSwitch } from './metricSwitch.ts';
import { enableCopyButtons, enableSharePanel } from './shareButtons.ts';
import { enableTimelineFilters } from './timelineFilters.ts';

function enhance(figure: HTMLElement): void {
  const updateShare = enableSharePanel(figure, () => state.metric);
  const state: ChartState = {
    figure,
    metric: initialMetric(figure),
    refresh: () => {
      labelMarks(state);
      updateShare();
    },
  };
  enableMarks(state);
  enableMetricSwitch(state);
  enableTimelineFilters(state);
  state.refresh();
}

document.querySelectorAll<HTMLElement>(`figure[${CHART_ATTRS.chart}]`).forEach(enhance);
enableCopyButtons(document);
