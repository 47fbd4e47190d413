// Builds charts from chart-file text on the small fixture content, through the real registry.
import { loadChartDefinitions, type LoadedChart } from '../../src/lib/charts/chartDefinitions.ts';
import { GEO, renderChart, type RenderedChart } from '../../src/server/charts.ts';
import { fixtureContent } from './fixtureContent.ts';

export const content = fixtureContent();

/** Loads one chart file (its id from the name) and returns the built chart. */
export function buildChart(text: string, id = 'test-chart'): LoadedChart {
  const [chart] = loadChartDefinitions([{ path: `content/charts/${id}.yaml`, text }], content, GEO);
  if (!chart) throw new Error('no chart');
  return chart;
}

/** The same chart, rendered as pages show it. */
export function renderTestChart(text: string, id = 'test-chart'): RenderedChart {
  return renderChart(buildChart(text, id), content);
}

/**
 * The chart rendered with every view drawn, even one the site lists instead (the fixture content
 * has too few places to compare): for snapshots of the renderers themselves.
 */
export function renderTestChartDrawn(text: string, id = 'test-chart'): RenderedChart {
  const chart = buildChart(text, id);
  const views = chart.model.views.map(({ list: _, ...view }) => view);
  return renderChart({ ...chart, model: { ...chart.model, views } } as LoadedChart, content);
}
