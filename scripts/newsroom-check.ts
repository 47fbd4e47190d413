// Newsroom checks against material kept outside the repository:
//   npm run check:facts -- <research folder holding facts.yaml>
//   npm run check:originality -- <folder of the source articles as text files>
// Each runs its tests with the folder; `npm test` runs them too when RESEARCH_DIR and SEEDS_DIR
// are set (.ci/run sets them when ../shared is there), and skips them with one line otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CHECKS: Record<string, { variable: string; test: string }> = {
  facts: { variable: 'RESEARCH_DIR', test: 'tests/content/content.test.ts' },
  originality: { variable: 'SEEDS_DIR', test: 'tests/content/ownWords.test.ts' },
};

const [name = '', folder] = process.argv.slice(2);
const check = CHECKS[name];
if (!check || !folder) {
  console.error(`usage: npm run check:${check ? name : 'facts|originality'} -- <folder>`);
  process.exit(1);
}
const dir = resolve(folder);
if (!existsSync(dir)) {
  console.error(`no such folder: ${dir}`);
  process.exit(1);
}
const vitest = join(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'tests/vitest.config.ts', '--project', 'unit', check.test],
  { stdio: 'inherit', env: { ...process.env, [check.variable]: dir } },
);
process.exit(run.status ?? 1);
