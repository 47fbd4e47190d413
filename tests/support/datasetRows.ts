// Tests read the real data by dataset name; its fields are declared in content/, not typed in
// TypeScript, so the rows come back loosely typed for brevity in assertions.
import type { ContentSet } from '../../src/lib/data/contentSet.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseRow = { data: Record<string, any>; file: string; item: { line: number } };

/** The located rows of dataset `name` (its file name in content/data/). */
export function datasetRows(content: ContentSet, name: string): LooseRow[] {
  const dataset = content.datasets.get(name);
  if (!dataset) throw new Error(`no dataset "${name}"`);
  return dataset.rows;
}
