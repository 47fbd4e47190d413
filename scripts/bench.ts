// `npm run bench`: builds the site and measures it, then checks the budgets of issue 6.
// Prints a table and writes .bench/bench.json. Exits 1 when a budget is exceeded.
// Not yet measured here: scale runs with synthetic content and Lighthouse scores.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const ROOT = process.cwd();
const DIST = join(ROOT, 'dist');
const KB = 1024;
const BUDGETS = {
  storyJsGzip: 15 * KB,
  embedJsGzip: 5 * KB,
  storyTransferGzip: 250 * KB,
  coldBuildSeconds: 60,
};

interface Build {
  seconds: number;
  peakMemoryMB: number | null;
}

/** Runs `npm run build`, timing it and reading the peak memory from GNU time when present. */
function build(): Build {
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : 'npm';
  const args = useTime ? ['-f', '%M', 'npm', 'run', 'build'] : ['run', 'build'];
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  const kb = useTime ? Number(run.stderr.trim().split('\n').at(-1)) : Number.NaN;
  return {
    seconds: Math.round(seconds * 10) / 10,
    peakMemoryMB: Number.isFinite(kb) ? Math.round(kb / 1024) : null,
  };
}

const size = (path: string) => {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/** A module script and everything it imports statically: what loads before the reader acts. */
function scriptClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+)["']/g))
    scriptClosure(join(dirname(file), match[1] ?? ''), seen);
  return seen;
}

function pages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory())
      return name === 'pagefind' || name === '_astro' ? [] : pages(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

function pageWeight(file: string) {
  const html = readFileSync(file, 'utf8');
  const asset = (path: string) => join(DIST, path);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g)].map((m) =>
    asset(m[1] ?? ''),
  );
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="(\/[^"]+)"/g)].map((m) =>
    asset(m[1] ?? ''),
  );
  const js = [...new Set(entries.flatMap((entry) => [...scriptClosure(entry)]))];
  const sum = (files: string[]) =>
    files
      .map(size)
      .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const h = size(file);
  const c = sum(css);
  const j = sum(js);
  const path = `/${relative(DIST, file)}`.replace(/index\.html$/, '');
  return { path, html: h, css: c, js: j, transferGzip: h.gzip + c.gzip + j.gzip };
}

rmSync(DIST, { recursive: true, force: true });
rmSync(join(ROOT, '.astro'), { recursive: true, force: true });
const cold = build();
const warm = build();
const weights = pages()
  .map(pageWeight)
  .sort((a, b) => a.path.localeCompare(b.path));
const stories = weights.filter((w) => w.path.startsWith('/stories/'));
const embeds = weights.filter((w) => w.path.startsWith('/embed/'));
const result = {
  build: { cold, warm, pages: weights.length },
  geometryBytes: size(join(ROOT, 'content/geo/central-china.topo.json')),
  embedLoaderBytes: size(join(DIST, 'embed.js')),
  pages: weights,
  budgets: [
    {
      name: 'story JS before interaction (gzip)',
      limit: BUDGETS.storyJsGzip,
      worst: Math.max(...stories.map((s) => s.js.gzip)),
    },
    {
      name: 'embed page JS (gzip)',
      limit: BUDGETS.embedJsGzip,
      worst: Math.max(...embeds.map((s) => s.js.gzip)),
    },
    {
      name: 'story total transfer (gzip)',
      limit: BUDGETS.storyTransferGzip,
      worst: Math.max(...stories.map((s) => s.transferGzip)),
    },
    { name: 'cold build (s)', limit: BUDGETS.coldBuildSeconds, worst: cold.seconds },
  ].map((b) => ({ ...b, ok: b.worst <= b.limit })),
  notMeasured: ['scale runs with synthetic content (N = 50, 200, 500)', 'Lighthouse scores'],
};

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
console.log(
  `build: cold ${cold.seconds} s, warm ${warm.seconds} s, peak memory ${cold.peakMemoryMB ?? '?'} MB, ${weights.length} pages`,
);
console.log(
  `geometry ${kb(result.geometryBytes.raw)} (${kb(result.geometryBytes.gzip)} gzip); embed loader ${result.embedLoaderBytes.raw} B (${result.embedLoaderBytes.gzip} B gzip)`,
);
console.log('\npage                                           html gz   css gz    js gz  transfer');
for (const w of weights)
  console.log(
    `${w.path.padEnd(46)} ${kb(w.html.gzip).padStart(8)} ${kb(w.css.gzip).padStart(8)} ${kb(w.js.gzip).padStart(8)} ${kb(w.transferGzip).padStart(9)}`,
  );
console.log('\nbudgets');
for (const b of result.budgets)
  console.log(
    `${b.ok ? 'ok  ' : 'OVER'} ${b.name}: ${b.name.includes('(s)') ? b.worst : kb(b.worst)} of ${b.name.includes('(s)') ? b.limit : kb(b.limit)}`,
  );
console.log(`\nnot measured yet: ${result.notMeasured.join('; ')}`);
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log('written: .bench/bench.json');
if (result.budgets.some((b) => !b.ok)) process.exitCode = 1;
