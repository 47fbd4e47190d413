/** What the embed code of a chart needs: the site address and the height to reserve. */
import { embedSnippet, reservedHeight } from '../lib/embed/snippet.ts';
import type { RenderedChart } from './charts.ts';

import { SITE } from '../site.ts';

export { SITE };

/** Lines of text around the chart in its embed page, estimated from what the figure holds. */
function textLines(chart: RenderedChart): number {
  const rows = chart.kind === 'table' ? chart.table.rows.length * 1.6 + 2 : 0;
  const events = chart.events ? chart.events.length * 2.2 : 0;
  return (
    2 +
    (chart.subtitle ? 2 : 0) +
    (chart.views.length > 1 ? 2 : 0) +
    3 +
    chart.notes.length * 2 +
    1 +
    2 +
    (chart.sources.length > 1 ? 1 : 0) +
    1 +
    rows +
    events +
    (chart.filters ? 5 : 0)
  );
}

export function embedHeight(chart: RenderedChart): number {
  const svg = chart.views[0]?.svg ?? '';
  const match = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  const viewBox = match ? ([Number(match[1]), Number(match[2])] as [number, number]) : undefined;
  return reservedHeight({
    ...(viewBox ? { viewBox } : {}),
    ...(chart.kind === 'choropleth' ? { maxSvgWidth: 416 } : {}),
    textLines: textLines(chart),
  });
}

export function embedCode(chart: RenderedChart): string {
  return embedSnippet({ site: SITE, id: chart.id, title: chart.title, height: embedHeight(chart) });
}
