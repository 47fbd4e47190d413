/**
 * The metric switch in place: the links stop reloading the page, the chart recolours its
 * drawing or swaps to the metric's view, and the view's title, subtitle, notes, summary and
 * credit line follow. The address keeps the choice under the chart's own id
 * (`?<chart id>=<metric>`), so other figures on the page keep theirs.
 */
import { CHART_ATTRS, regionAttr, type MARK_CLASSES } from '../lib/charts/markAttributes.ts';
import { pickMetric, withMetric } from '../lib/charts/metricParam.ts';
import { COLOURS } from '../lib/charts/theme.ts';
import { initialMetric, metricsOf, type ChartState } from './chartState.ts';

const REGION: (typeof MARK_CLASSES)[number] = 'region';

/** One drawing for every metric (the map): fills, label ink and values, and the legend. */
function recolour(figure: HTMLElement, metric: string): void {
  figure
    .querySelectorAll(`.${REGION}`)
    .forEach((region) =>
      region.setAttribute('fill', region.getAttribute(regionAttr.fill(metric)) ?? 'none'),
    );
  figure.querySelectorAll('.label').forEach((label) => {
    const code = label.getAttribute(CHART_ATTRS.code);
    const region = figure.querySelector(`.${REGION}[${CHART_ATTRS.code}="${code}"]`);
    const ink = region?.getAttribute(regionAttr.ink(metric))?.replace('currentColor', COLOURS.text);
    label.setAttribute('fill', ink ?? COLOURS.text);
    const value = label.querySelector('.value');
    if (value) value.textContent = region?.getAttribute(regionAttr.text(metric)) ?? '';
  });
  figure
    .querySelectorAll(`[${CHART_ATTRS.legend}]`)
    .forEach((legend) =>
      legend.getAttribute(CHART_ATTRS.legend) === metric
        ? legend.removeAttribute('display')
        : legend.setAttribute('display', 'none'),
    );
}

/** Shows the elements written once per view (drawings, text) that belong to the metric. */
function swapParts(figure: HTMLElement, selector: string, metric: string): void {
  figure
    .querySelectorAll<HTMLElement>(selector)
    .forEach((part) => (part.hidden = part.getAttribute(CHART_ATTRS.metric) !== metric));
}

function show(state: ChartState, metric: string): void {
  const { figure } = state;
  state.metric = metric;
  figure
    .querySelectorAll('.metric-switch a')
    .forEach((a) =>
      a.setAttribute('aria-current', String(a.getAttribute(CHART_ATTRS.metric) === metric)),
    );
  if (figure.getAttribute(CHART_ATTRS.switchMode) === 'recolour') recolour(figure, metric);
  else swapParts(figure, '.chart-view', metric);
  swapParts(figure, `.view-part[${CHART_ATTRS.metric}]`, metric);
  // The link to the chart's page opens the view shown.
  const page = figure.querySelector<HTMLAnchorElement>(`.metric-switch a[aria-current="true"]`);
  figure.querySelector('.chart-links a')?.setAttribute('href', page?.href ?? '');
  const summary = figure.querySelector('.chart-summary');
  const summaries = JSON.parse(figure.getAttribute(CHART_ATTRS.summaries) ?? '{}') as Record<
    string,
    string
  >;
  if (summary) summary.textContent = summaries[metric] ?? summary.textContent;
  state.refresh();
}

export function enableMetricSwitch(state: ChartState): void {
  const { figure } = state;
  const chart = figure.getAttribute(CHART_ATTRS.chart) ?? '';
  const initial = initialMetric(figure) ?? '';
  figure.querySelectorAll<HTMLAnchorElement>('.metric-switch a').forEach((a) =>
    a.addEventListener('click', (e) => {
      const metric = a.getAttribute(CHART_ATTRS.metric);
      e.preventDefault();
      if (metric === null) return;
      show(state, metric);
      history.replaceState(history.state, '', withMetric(location.href, chart, metric, initial));
    }),
  );
  const wanted = pickMetric(location.search, chart, metricsOf(figure));
  if (wanted !== undefined && wanted !== initial) show(state, wanted);
}
