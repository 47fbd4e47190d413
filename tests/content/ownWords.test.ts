// Facts carry over from the source articles; sentences do not. No run of 24 or more characters
// (whitespace ignored) may be shared between our text and the seed articles, except official
// names and titles that appear as such in the data.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/server/content.ts';
import { datasetRows } from '../support/datasetRows.ts';
import { outsideFolder } from '../support/outsideFolder.ts';

const N = 24;
const root = join(import.meta.dirname, '..', '..');
// The source articles are not part of the repository: npm run check:originality -- <folder>.
const seeds = outsideFolder('SEEDS_DIR', 'the own-words check against the source articles', 'npm run check:originality');
const squash = (text: string) => text.replace(/\s+/g, '');

function sharedRuns(text: string, grams: Set<string>): string[] {
  const flat = squash(text);
  const runs: string[] = [];
  for (let i = 0; i + N <= flat.length; ) {
    if (!grams.has(flat.slice(i, i + N))) {
      i++;
      continue;
    }
    let j = i + N;
    while (j < flat.length && grams.has(flat.slice(j - N + 1, j + 1))) j++;
    runs.push(flat.slice(i, j));
    i = j;
  }
  return runs;
}

describe.skipIf(!seeds)('our own words', () => {
  it('finds source texts in the folder', () => {
    expect(readdirSync(seeds ?? '').length, `${seeds} holds no source text`).toBeGreaterThan(0);
  });

  it('shares no sentence with the source articles in stories, charts or data', () => {
    const grams = new Set<string>();
    for (const file of readdirSync(seeds ?? '')) {
      const text = squash(readFileSync(join(seeds ?? '', file), 'utf8'));
      for (let i = 0; i + N <= text.length; i++) grams.add(text.slice(i, i + N));
    }
    // Official titles and names may be quoted exactly.
    const content = getContent(root);
    const official = [...datasetRows(content, 'events').map((e) => e.data.title_zh), ...datasetRows(content, 'key-projects').map((p) => p.data.name_zh), ...datasetRows(content, 'project-lists').map((l) => l.data.name_zh), ...datasetRows(content, 'parks').map((p) => p.data.name_zh)]
      .filter((t): t is string => typeof t === 'string')
      .map(squash);
    const files = ['content/stories', 'content/charts', 'content/data', 'src/pages']
      .map((dir) => join(root, dir))
      .filter(existsSync)
      .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)))
      .filter((f) => /\.(md|ya?ml|csv|astro)$/.test(f));
    // Cut official titles out of the text (longest first) before looking for shared runs.
    const titles = [...new Set(official)].filter((t) => t.length >= 6).sort((a, b) => b.length - a.length);
    const withoutTitles = (text: string) => titles.reduce((rest, title) => rest.split(title).join('|'), squash(text));
    const hits = files.flatMap((file) => sharedRuns(withoutTitles(readFileSync(file, 'utf8')), grams).map((run) => `${file.slice(root.length + 1)}: ${run}`));
    expect(hits).toEqual([]);
  });
});
