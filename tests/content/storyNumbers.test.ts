// Every figure a story states with a unit must be traceable to the data: GDP-sized amounts in
// 亿元 must equal a stored value, and counts must appear in the data rows (values or notes).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/data/frontmatter.ts';
import { getContent } from '../../src/server/content.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'content', 'stories');
const stories = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
const content = getContent(root);

/** A number as written, with or without thousands separators: 39,752.12 or 39752.12. */
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const toNumber = (text: string) => Number(text.replace(/,/g, ''));
/** Every number written anywhere in the data files: values, notes and glosses alike. */
const numbersInData = new Set(
  [...content.datasets.values()].flatMap((d) => readFileSync(join(root, d.file), 'utf8').match(NUMBER) ?? []).map(toNumber),
);
/** Amounts in 亿元 stored as values: every column declared as an amount in 亿元, in any dataset. */
const amounts = [...content.datasets.values()]
  .flatMap((dataset) =>
    Object.entries(dataset.declaration.columns)
      .filter(([, column]) => column.type === 'amount' && column.unit === '亿元')
      .flatMap(([name]) => dataset.rows.map((r) => r.data[name])),
  )
  .filter((v): v is number => typeof v === 'number');

/** Figures with a unit in a story body: "39752.12 亿元", "13 项", "3.98 万亿元". */
function figures(body: string): { value: number; unit: string; text: string }[] {
  return [...body.matchAll(/(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万亿元|亿元|项|个|家)/g)].map((m) => ({ value: toNumber(m[1] ?? ''), unit: m[2] ?? '', text: m[0] }));
}

describe.each(stories)('the figures in %s', (file) => {
  const split = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
  const body = split?.body ?? '';
  const stated = figures(body);
  // A draft (draft: true) is still being written: it need not state figures yet.
  const draft = /^draft:\s*true\s*$/m.test(split?.frontmatter ?? '');

  it.skipIf(draft)('states figures', () => {
    expect(stated.length).toBeGreaterThan(5);
  });

  it('match the data', () => {
    const untraced = stated.filter(({ value, unit }) => {
      if (unit === '万亿元') return !amounts.some((a) => Math.abs(a / 10000 - value) / value < 0.01);
      if (unit === '亿元' && value >= 1000) return !amounts.some((a) => Math.abs(a - value) < 0.006);
      return !numbersInData.has(value);
    });
    expect(untraced.map((f) => f.text)).toEqual([]);
  });
});
