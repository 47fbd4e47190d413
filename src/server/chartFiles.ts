/** Reads the chart definition files in content/charts/ (sorted, so builds are reproducible). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChartFile } from '../lib/charts/chartDefinitions.ts';

export function readChartFiles(root = process.cwd()): ChartFile[] {
  const dir = resolve(root, 'content/charts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ path: `content/charts/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}
