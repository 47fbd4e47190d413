// Validates every file in content/ without building the site: `npm run check` runs this first,
// so a journalist sees every problem (file, line, field, expected, found) in about a second.
import { performance } from 'node:perf_hooks';
import { ContentError } from '../src/lib/data/contentError.ts';
import { loadChartDefinitions } from '../src/lib/charts/chartDefinitions.ts';
import { viewWarnings } from '../src/lib/charts/viewWarnings.ts';
import { readChartFiles } from '../src/server/chartFiles.ts';
import { GEO } from '../src/server/charts.ts';
import { getContent } from '../src/server/content.ts';

const started = performance.now();
try {
  const content = getContent();
  const charts = loadChartDefinitions(readChartFiles(), content, GEO);
  const counts = [
    ...[...content.datasets.values()].map((d) => `${d.name} ${d.rows.length}`),
    `charts ${charts.length}`,
  ].join(', ');
  for (const warning of viewWarnings(charts)) console.warn(`warning: ${warning}`);
  console.log(`content OK in ${Math.round(performance.now() - started)} ms: ${counts}`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
