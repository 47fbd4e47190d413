// The scale runs of `npm run bench`: the project copied to a temporary folder, synthetic content
// added, built cold. For each N the site is built with N stories of three charts each, then with
// as many bare Markdown stories as the chart build added pages. Both add the same number of
// pages, so the ratio of their added seconds is the cost of a chart page over a bare page,
// measured in the same run and large enough to stand above a noisy machine's jitter.
import { join } from 'node:path';
import { copyProject } from '../../tests/support/projectCopy.ts';
import { build, htmlPages } from './measure.ts';
import { writeSyntheticContent, type Variant } from './synthetic.ts';

export interface ScaleBuild {
  stories: number;
  seconds: number;
  pages: number;
  peakMemoryMB: number | null;
}

export interface ScaleStep {
  n: number;
  charts: ScaleBuild;
  bare: ScaleBuild;
  /** Seconds each added page costs, over the real site alone. */
  chartSecondsPerPage: number;
  bareSecondsPerPage: number;
  /** chartSecondsPerPage / bareSecondsPerPage: the figure the budget limits. */
  pageRatio: number;
  /** Added seconds per story with its three charts and their pages. */
  secondsPerChartStory: number;
}

function buildCopy(
  root: string,
  n: number,
  stories: number,
  variant: Variant | 'base',
): ScaleBuild {
  const copy = copyProject(`bench-${variant}-${n}-`, root);
  try {
    if (variant !== 'base') writeSyntheticContent(copy.dir, { stories, n, variant });
    // Pages only: the real site's images are timed on their own (BUILD_IMAGES in images.ts).
    const result = build(copy.dir, { BUILD_IMAGES: '0' });
    return { stories, ...result, pages: htmlPages(join(copy.dir, 'dist')).length };
  } finally {
    copy.remove();
  }
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function runScale(
  root: string,
  sizes: number[],
  log: (line: string) => void,
): { base: ScaleBuild; steps: ScaleStep[] } {
  // The fastest of two: the base is subtracted from every run, so its jitter counts twice.
  const bases = [buildCopy(root, 0, 0, 'base'), buildCopy(root, 0, 0, 'base')];
  const base = bases.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  log(`  real site alone: ${base.seconds} s, ${base.pages} pages`);
  const steps = sizes.map((n) => {
    const charts = buildCopy(root, n, n, 'charts');
    const added = charts.pages - base.pages;
    log(`  N=${n}: ${n} stories with charts, ${charts.seconds} s, +${added} pages`);
    const bare = buildCopy(root, n, added, 'bare');
    log(`  N=${n}: ${added} bare stories, ${bare.seconds} s, +${bare.pages - base.pages} pages`);
    const extra = (run: ScaleBuild) => Math.max(run.seconds - base.seconds, 0.01);
    const chartSecondsPerPage = extra(charts) / added;
    const bareSecondsPerPage = extra(bare) / (bare.pages - base.pages);
    return {
      n,
      charts,
      bare,
      chartSecondsPerPage: round(chartSecondsPerPage, 5),
      bareSecondsPerPage: round(bareSecondsPerPage, 5),
      pageRatio: round(chartSecondsPerPage / bareSecondsPerPage, 2),
      secondsPerChartStory: round(extra(charts) / n, 4),
    };
  });
  return { base, steps };
}
