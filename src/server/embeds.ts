/** What the embed code of a chart needs: the site address and the height to reserve. */
import { embedSnippet, reservedHeight } from '../lib/embed/snippet.ts';
import type { RenderedChart } from './charts.ts';

import { SITE } from '../site.ts';

export { SITE };

/** Lines of text around the chart in its embed page, estimated from what the figure holds. */
function textLines(chart: RenderedChart): number {
  const rows = chart.views[0]?.svg ? 0 : chart.table.rows.length * 1.6 + 2;
  // A listing (the timeline's events) is open on the page: about two lines per row, and filters.
  const listing = chart.listing ? chart.table.rows.length * 2.2 + 5 : 0;
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
    listing +
    chart.annotations.length * 2
  );
}

export function embedHeight(chart: RenderedChart): number {
  const svg = chart.views[0]?.svg;
  const viewBox = svg ? ([svg.width, svg.height] as [number, number]) : undefined;
  return reservedHeight({
    ...(viewBox ? { viewBox } : {}),
    ...(chart.kind === 'choropleth' ? { maxSvgWidth: 416 } : {}),
    textLines: textLines(chart),
  });
}

export function embedCode(chart: RenderedChart): string {
  return embedSnippet({ site: SITE, id: chart.id, title: chart.title, height: embedHeight(chart) });
}
