/** The metadata published with each chart at /charts/<id>.json. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { viewPath } from '../lib/charts/metricParam.ts';
import { csvForExcel } from '../lib/format/csv.ts';
import { chartCardPath, viewImagePath } from '../lib/images/imagePaths.ts';
import type { RenderedChart } from './charts.ts';
import { embedCode, embedHeight, SITE } from './embeds.ts';

let updated: string | null | undefined;

/** The day content/ last changed in git: the same for every build of one commit. */
function contentUpdated(): string | null {
  if (updated !== undefined) return updated;
  try {
    updated =
      execFileSync('git', ['log', '-1', '--format=%cs', '--', 'content'], {
        encoding: 'utf8',
      }).trim() || null;
  } catch {
    updated = null;
  }
  return updated;
}

export function chartCsv(chart: RenderedChart): string {
  return csvForExcel(chart.csv.columns, chart.csv.rows);
}

export function chartMeta(chart: RenderedChart) {
  return {
    id: chart.id,
    kind: chart.kind,
    title: chart.title,
    subtitle: chart.subtitle ?? null,
    description: chart.summary,
    notes: chart.notes,
    url: `${SITE}/charts/${chart.id}/`,
    embed: {
      url: `${SITE}/embed/${chart.id}/`,
      height: embedHeight(chart),
      code: embedCode(chart),
    },
    downloads: {
      svg: `${SITE}/charts/${chart.id}.svg`,
      png: `${SITE}${viewImagePath(chart.id, undefined, true)}`,
      csv: `${SITE}/data/${chart.id}.csv`,
    },
    // Every view a reader can switch to, with its page and its images.
    views: chart.views.map((view, i) => ({
      metric: view.metric ?? null,
      title: view.title,
      url: `${SITE}${viewPath(chart.id, view.metric, i === 0)}`,
      png: `${SITE}${viewImagePath(chart.id, view.metric, i === 0)}`,
      card: `${SITE}${chartCardPath(chart.id, view.metric, i === 0)}`,
    })),
    sources: chart.sources.map((s) => ({
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      date: s.date,
      url: s.url,
    })),
    // Each correction of a value the chart shows: what changed, when and why.
    corrections: chart.corrections.map((c) => ({
      date: c.date,
      dataset: c.dataset,
      row: c.row,
      field: c.field,
      was: c.was,
      now: c.now,
      why: c.why,
      text: c.text,
      sources: c.sources,
    })),
    licence: 'CC BY 4.0',
    credit: '中部链变',
    updated: contentUpdated(),
    // Changes whenever the plotted rows change, so a republisher can tell a stale copy.
    dataHash: `sha256:${createHash('sha256').update(chartCsv(chart)).digest('hex').slice(0, 16)}`,
  };
}
