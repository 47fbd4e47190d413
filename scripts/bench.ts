// `npm run bench`: builds the site and measures it, runs the scale builds and Lighthouse, audits
// the runtime dependencies, then checks the budgets of issues 6, 11 and 12. Prints tables and writes
// .bench/bench.json. Exits 1 when a budget is exceeded.
//   npm run bench -- --scale=50,200   other sizes for the scale runs (default 50,200,500)
//   npm run bench -- --quick          skip the scale runs and Lighthouse
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runLighthouse, CATEGORIES } from './bench/lighthouse.ts';
import { timeCheck } from './bench/checkTime.ts';
import { build, htmlPages, imageRun, pageWeight, size } from './bench/measure.ts';
import { runScale } from './bench/scale.ts';

const ROOT = process.cwd();
const DIST = join(ROOT, 'dist');
const KB = 1024;
const BUDGETS = {
  storyJsGzip: 15 * KB,
  embedJsGzip: 5 * KB,
  storyTransferGzip: 150 * KB, // issue 11
  chartPageCostRatio: 2,
  coldBuildSeconds: 60,
  imageBytes: 1024 * KB, // issue 14: WeChat takes images under 1 MB
  contentCheckSeconds: 3, // issue 12: npm run check, from the command to its answer
  highOrCriticalAdvisories: 0,
};
const LIGHTHOUSE_PAGES = [
  '/',
  '/stories/why-hunan/',
  '/charts/filings-map/',
  '/embed/filings-map/',
];

const { values: options } = parseArgs({
  options: { scale: { type: 'string', default: '50,200,500' }, quick: { type: 'boolean' } },
});
const scaleSizes = options.quick
  ? []
  : options.scale
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0);

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const log = (line = '') => console.log(line);

/** `npm audit` of what ships (no dev tools): counts of advisories by severity. */
function auditRuntimeDependencies(): Record<string, number> | { error: string } {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8' });
  try {
    const report = JSON.parse(run.stdout) as {
      metadata?: { vulnerabilities?: Record<string, number> };
      message?: string;
      error?: { summary?: string };
    };
    if (report.metadata?.vulnerabilities) return report.metadata.vulnerabilities;
    return {
      error: report.message || report.error?.summary || 'no vulnerability counts in the report',
    };
  } catch {
    return { error: `npm audit gave no JSON: ${run.stderr.trim().slice(0, 300)}` };
  }
}

// 1. The real site, cold (no dist, no Astro cache) and warm.
rmSync(DIST, { recursive: true, force: true });
// Astro keeps its content store in node_modules/.astro and Vite its cache in node_modules/.vite.
for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite'])
  rmSync(join(ROOT, cache), { recursive: true, force: true });
// The images get a cache folder of their own, empty for the cold build and kept for the warm one.
const imageCache = join(ROOT, '.bench', 'image-cache');
rmSync(imageCache, { recursive: true, force: true });
const cold = build(ROOT, { IMAGE_CACHE_DIR: imageCache });
const coldImages = imageRun(imageCache);
const warm = build(ROOT, { IMAGE_CACHE_DIR: imageCache });
const warmImages = imageRun(imageCache);
// The content check runs after the builds, so "cold" is its first run after other work.
const check = timeCheck(ROOT);
const weights = htmlPages(DIST)
  .map((file) => pageWeight(DIST, file))
  .sort((a, b) => a.path.localeCompare(b.path));
const stories = weights.filter((w) => w.path.startsWith('/stories/') && w.path !== '/stories/');
const embeds = weights.filter((w) => w.path.startsWith('/embed/'));
const geometryBytes = size(join(ROOT, 'content/geo/central-china.topo.json'));
const embedLoaderBytes = size(join(DIST, 'embed.js'));

log(
  `build: cold ${cold.seconds} s, warm ${warm.seconds} s, peak memory ${cold.peakMemoryMB ?? '?'} MB, ${weights.length} pages`,
);
log(
  `images: ${coldImages.images} PNGs, ${(coldImages.bytes / KB / KB).toFixed(1)} MB in all, largest ${kb(coldImages.largest)}; cold ${coldImages.drawn} drawn in ${(coldImages.ms / 1000).toFixed(1)} s, warm ${warmImages.drawn} drawn in ${(warmImages.ms / 1000).toFixed(1)} s`,
);
const checkLine = (r: { seconds: number; contentMs: number | null }) =>
  `${r.seconds} s (content ${r.contentMs ?? '?'} ms)`;
log(`npm run check: cold ${checkLine(check.cold)}, warm ${check.warm.map(checkLine).join(', ')}`);
log(
  `geometry ${kb(geometryBytes.raw)} (${kb(geometryBytes.gzip)} gzip); embed loader ${embedLoaderBytes.raw} B (${embedLoaderBytes.gzip} B gzip)`,
);
log(
  '\npage                                            html      css       js   (raw)  |  html gz   css gz    js gz  transfer gz',
);
for (const w of weights)
  log(
    `${w.path.padEnd(46)} ${kb(w.html.raw).padStart(8)} ${kb(w.css.raw).padStart(8)} ${kb(w.js.raw).padStart(8)}        | ${kb(w.html.gzip).padStart(8)} ${kb(w.css.gzip).padStart(8)} ${kb(w.js.gzip).padStart(8)} ${kb(w.transferGzip).padStart(11)}`,
  );
log(
  '(js = the module scripts a page loads and their static imports: all of it runs before interaction; none of it is needed to read the page)',
);

// 2. Lighthouse, mobile, on the real build.
const lighthouse = options.quick ? [] : await runLighthouse(DIST, LIGHTHOUSE_PAGES);
if (lighthouse.length > 0) {
  log('\nLighthouse (mobile)                 perf  a11y  best   seo     FCP      LCP   TBT   CLS');
  for (const r of lighthouse)
    log(
      `${r.path.padEnd(34)} ${CATEGORIES.map((c) => String(r.scores[c] ?? '–').padStart(5)).join(' ')} ${`${((r.metrics.fcpMs ?? 0) / 1000).toFixed(1)} s`.padStart(7)} ${`${((r.metrics.lcpMs ?? 0) / 1000).toFixed(1)} s`.padStart(8)} ${`${Math.round(r.metrics.tbtMs ?? 0)} ms`.padStart(6)} ${(r.metrics.cls ?? 0).toFixed(2).padStart(5)}`,
    );
  for (const r of lighthouse)
    for (const shortfall of r.shortfalls) log(`  below 1 on ${r.path}: ${shortfall}`);
}

// 3. The scale runs, in temporary copies of the project.
let scale: ReturnType<typeof runScale> | null = null;
if (scaleSizes.length > 0) {
  log(
    `\nscale runs (N = ${scaleSizes.join(', ')}; each story has three charts of its own and adds a data row)`,
  );
  scale = runScale(ROOT, scaleSizes, (line) => log(line));
  log(
    '\n    N  stories  pages   build s  s/page charts  s/page bare  ratio  s per chart story  peak MB (charts / bare)',
  );
  for (const s of scale.steps)
    log(
      `${String(s.n).padStart(5)} ${String(s.n).padStart(8)} ${String(s.charts.pages).padStart(6)} ${s.charts.seconds.toFixed(1).padStart(9)} ${s.chartSecondsPerPage.toFixed(4).padStart(14)} ${s.bareSecondsPerPage.toFixed(4).padStart(12)} ${s.pageRatio.toFixed(2).padStart(6)} ${s.secondsPerChartStory.toFixed(3).padStart(18)} ${String(s.charts.peakMemoryMB ?? '?').padStart(8)} / ${s.bare.peakMemoryMB ?? '?'}`,
    );
  const [first, last] = [scale.steps[0], scale.steps.at(-1)];
  if (first && last && first !== last)
    log(
      `growth: from N=${first.n} to N=${last.n} the seconds per chart story go from ${first.secondsPerChartStory.toFixed(3)} to ${last.secondsPerChartStory.toFixed(3)} (×${(last.secondsPerChartStory / first.secondsPerChartStory).toFixed(2)}); ×1 would be linear growth of the whole build`,
    );
}

// 4. Known advisories in the runtime dependencies.
const audit = auditRuntimeDependencies();
log(
  `\nnpm audit --omit=dev: ${
    'error' in audit
      ? `could not run (${audit.error})`
      : Object.entries(audit)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')
  }`,
);

// 5. Budgets.
const worst = (values: number[]) => Math.max(...values);
const largestScale = scale?.steps.at(-1);
// Unknown, not zero, when the registry will not answer the audit: the budget then says so.
const advisories = 'error' in audit ? null : (audit['high'] ?? 0) + (audit['critical'] ?? 0);
const budgets = [
  {
    name: 'story JS before interaction (gzip)',
    unit: 'bytes',
    limit: BUDGETS.storyJsGzip,
    worst: worst(stories.map((s) => s.js.gzip)),
  },
  {
    name: 'embed page JS (gzip)',
    unit: 'bytes',
    limit: BUDGETS.embedJsGzip,
    worst: worst(embeds.map((s) => s.js.gzip)),
  },
  {
    name: 'story total transfer (gzip)',
    unit: 'bytes',
    limit: BUDGETS.storyTransferGzip,
    worst: worst(stories.map((s) => s.transferGzip)),
  },
  {
    name: 'largest chart image or share card',
    unit: 'bytes',
    limit: BUDGETS.imageBytes,
    worst: coldImages.largest,
  },
  {
    name: 'cold build of the real site',
    unit: 's',
    limit: BUDGETS.coldBuildSeconds,
    worst: cold.seconds,
  },
  {
    name: 'npm run check, slowest run (cold or warm)',
    unit: 's',
    limit: BUDGETS.contentCheckSeconds,
    worst: worst([check.cold.seconds, ...check.warm.map((r) => r.seconds)]),
  },
  {
    name: 'npm audit --omit=dev: high and critical advisories',
    unit: '',
    limit: BUDGETS.highOrCriticalAdvisories,
    worst: advisories,
  },
  ...(largestScale
    ? [
        {
          name: `chart page build cost over a bare page (N=${largestScale.n})`,
          unit: '×',
          limit: BUDGETS.chartPageCostRatio,
          worst: largestScale.pageRatio,
        },
      ]
    : []),
].map((b) => ({
  ...b,
  status: b.worst === null ? 'not measured' : b.worst <= b.limit ? 'ok' : 'over',
}));
log('\nbudgets');
for (const b of budgets) {
  const show = (n: number | null) =>
    n === null ? '?' : b.unit === 'bytes' ? kb(n) : `${n}${b.unit === 's' ? ' s' : b.unit}`;
  const mark = { ok: 'ok  ', over: 'OVER', 'not measured': 'n/a ' }[b.status];
  log(`${mark} ${b.name}: ${show(b.worst)} of ${show(b.limit)}`);
}

const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  build: { cold, warm, pages: weights.length },
  images: { cold: coldImages, warm: warmImages },
  check,
  geometryBytes,
  embedLoaderBytes,
  pages: weights,
  lighthouse,
  scale,
  audit,
  budgets,
};
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
log('\nwritten: .bench/bench.json');
if (budgets.some((b) => b.status === 'over')) process.exitCode = 1;
