// The story's "what we don't know" list and the methodology page state the data's gaps in
// words; these tests keep the words true when the data changes (a growth rate found, say).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { growthGaps } from '../../src/lib/data/growthGaps.ts';
import { rowsOf } from '../../src/lib/data/contentSet.ts';
import { getContent } from '../../src/server/content.ts';

const root = join(import.meta.dirname, '..', '..');
const content = getContent(root);
const story = readFileSync(join(root, 'content', 'stories', 'why-hunan.md'), 'utf8');
const CENTRAL = ['河南', '湖北', '湖南', '安徽', '江西', '山西'];

/** The bullet lines of the story's "我们还不知道的" section. */
function unknownsList(): string[] {
  const section = story.split(/^## /m).find((part) => part.startsWith('我们还不知道的'));
  return (section ?? '').split('\n').filter((line) => line.startsWith('- '));
}

describe('why-hunan: what we don\u2019t know', () => {
  it('has a visible list near the top, before the first section on the economy', () => {
    expect(unknownsList().length).toBeGreaterThan(2);
    expect(story.indexOf('## 我们还不知道的')).toBeLessThan(story.indexOf('## 经济总量'));
  });

  it('names exactly the provinces and years whose growth rate the data leaves unknown', () => {
    const growthLine = unknownsList().find((line) => line.includes('增速')) ?? '';
    const gaps = growthGaps(content);
    expect(CENTRAL.filter((place) => growthLine.includes(place)).sort()).toEqual(
      [...new Set(gaps.map((gap) => gap.place))].sort(),
    );
    for (const gap of gaps) expect(growthLine).toContain(`${gap.year}年`);
  });

  it('names exactly the provinces whose filing count is unknown', () => {
    const filingLine = unknownsList().find((line) => line.includes('备案数')) ?? '';
    const known = new Set(rowsOf(content, 'filings-provinces').filter((r) => r['services'] !== null).map((r) => String(r['province'])));
    const unknown = content.places
      .filter(({ data }) => data.level === 'province' && data.central === true && !known.has(String(data.code)))
      .map(({ data }) => data.short_zh);
    expect(CENTRAL.filter((place) => filingLine.includes(place)).sort()).toEqual(unknown.sort());
  });
});
