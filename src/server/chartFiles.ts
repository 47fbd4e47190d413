/** Reads the chart definition files in content/charts/ (sorted, so builds are reproducible). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChartFile } from '../lib/charts/chartDefinitions.ts';
import { decodeText } from '../lib/data/decodeText.ts';

export function readChartFiles(root = process.cwd()): ChartFile[] {
  const dir = resolve(root, 'content/charts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const path = `content/charts/${f}`;
      const decoded = decodeText(path, readFileSync(join(dir, f)));
      return decoded.problem
        ? { path, text: '', problem: decoded.problem }
        : { path, text: decoded.text };
    });
}
