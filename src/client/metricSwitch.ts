/**
 * The metric switch in place: the links stop reloading the page, the chart recolours its
 * drawing or swaps to the metric's view, the summary follows, and `?metric=` keeps the choice
 * for a reload or a shared link.
 */
import { CHART_ATTRS, regionAttr, type MARK_CLASSES } from '../lib/charts/markAttributes.ts';
import { pickMetric } from '../lib/charts/metricParam.ts';
import { COLOURS } from '../lib/charts/theme.ts';
import { metricsOf, type ChartState } from './chartState.ts';

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

/** A drawing per metric (the scatter plot): show the metric's own. */
function swapViews(figure: HTMLElement, metric: string): void {
  figure
    .querySelectorAll<HTMLElement>('.chart-view')
    .forEach((view) => (view.hidden = view.getAttribute(CHART_ATTRS.metric) !== metric));
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
  else swapViews(figure, metric);
  // Each view has its own credit line (the sources of the values it shows).
  figure
    .querySelectorAll<HTMLElement>(`.chart-source[${CHART_ATTRS.metric}]`)
    .forEach((line) => (line.hidden = line.getAttribute(CHART_ATTRS.metric) !== metric));
  const summary = figure.querySelector('.chart-summary');
  const summaries = JSON.parse(figure.getAttribute(CHART_ATTRS.summaries) ?? '{}') as Record<
    string,
    string
  >;
  if (summary) summary.textContent = summaries[metric] ?? summary.textContent;
  state.refresh();
}

export function enableMetricSwitch(state: ChartState): void {
  state.figure.querySelectorAll<HTMLAnchorElement>('.metric-switch a').forEach((a) =>
    a.addEventListener('click', (e) => {
      const metric = a.getAttribute(CHART_ATTRS.metric);
      e.preventDefault();
      if (metric === null) return;
      show(state, metric);
      const url = new URL(location.href);
      url.searchParams.set('metric', metric);
      history.replaceState(null, '', url);
    }),
  );
  const metrics = metricsOf(state.figure);
  const wanted = pickMetric(location.search, metrics);
  if (metrics.length > 1 && location.search.includes('metric=') && wanted !== undefined)
    show(state, wanted);
}
