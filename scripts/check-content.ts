// `npm run check`: validates every file in content/ — data, sources, charts and stories, in one
// pass — without building the site, so a journalist sees every problem (file, line, field,
// expected, found, fix) in about two seconds. Then it warns where reader text breaks the house style (content/README.md, "体例"), with the
// fix; `node scripts/check-content.ts --fix` applies those fixes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeText } from '../src/lib/data/decodeText.ts';
import { viewWarnings } from '../src/lib/charts/viewWarnings.ts';
import { formatReport } from '../src/lib/data/contentError.ts';
import { fileBreaches, fixFile } from '../src/lib/format/houseStyleFiles.ts';
import { checkContent } from '../src/server/checkContent.ts';
import { mapWarning } from '../src/server/mapWarning.ts';

/** Content files with reader text: stories, charts, the source register and the data. */
function textFiles(): string[] {
  const list = (dir: string, keep: RegExp) =>
    readdirSync(dir)
      .filter((name) => keep.test(name))
      .map((name) => join(dir, name));
  return [
    ...list('content/stories', /\.md$/),
    ...list('content/charts', /\.ya?ml$/),
    'content/sources.yaml',
    'content/sources.schema.yaml',
    ...list('content/data', /\.(ya?ml|csv)$/),
  ];
}

function checkStyle(fix: boolean): number {
  let count = 0;
  for (const file of textFiles()) {
    // A file that is not UTF-8 is a content problem, reported above; its style cannot be read.
    const { text } = decodeText(file, readFileSync(file));
    if (text === undefined) continue;
    if (fix) {
      const fixed = fixFile(file, text);
      if (fixed !== text) writeFileSync(file, fixed);
      continue;
    }
    for (const b of fileBreaches(file, text)) {
      count += 1;
      const where = `${file}:${b.line}:${b.column}${b.field ? ` (${b.field})` : ''}`;
      console.warn(`warning ${where}: ${b.rule}: "${b.found}" → "${b.fix}"`);
    }
  }
  return count;
}

const started = performance.now();
const report = checkContent();
const took = `${Math.round(performance.now() - started)} ms`;
if (report.problems.length > 0) {
  console.error(formatReport(report.problems));
  console.error(
    `\ncontent checked in ${took}: fix the problems above, then run npm run check again.`,
  );
  process.exitCode = 1;
} else {
  const datasets = report.content ? [...report.content.datasets.values()] : [];
  const counts = [
    ...datasets.map((d) => `${d.name} ${d.rows.length}`),
    `charts ${report.charts.length}`,
    `stories ${report.stories.length}`,
  ].join(', ');
  for (const warning of viewWarnings(report.charts)) console.warn(`warning: ${warning}`);
  const map = mapWarning();
  if (map) console.warn(`warning: ${map}`);
  console.log(`content OK in ${took}: ${counts}`);
  const drafts = report.stories.filter((s) => s.story.draft).map((s) => s.file);
  if (drafts.length > 0)
    console.log(
      `drafts, shown only in the preview until "draft: true" is deleted: ${drafts.join(', ')}`,
    );
  const fix = process.argv.includes('--fix');
  const warnings = checkStyle(fix);
  if (fix) console.log('house style: fixes applied; run again to see what is left.');
  else if (warnings > 0)
    console.warn(
      `house style: ${warnings} warnings (see content/README.md, 体例). Fix them by hand, or run node scripts/check-content.ts --fix`,
    );
  else console.log('house style OK');
}
