// The file `npm run new-story` writes is a valid draft that the check accepts, and that the
// check stops at every placeholder once draft: true is deleted.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/data/contentError.ts';
import { readStoryFile } from '../../../src/lib/data/storyFile.ts';
import { newStoryText, slugProblem } from '../../../src/lib/stories/newStory.ts';
import { known } from './known.ts';

const text = newStoryText({
  today: '2026-05-01',
  charts: [
    { id: 'filings-map', title: '湖南的区块链服务备案数居中部六省之首' },
    { id: 'gdp-vs-activity', title: '经济总量大，不等于区块链动作多' },
  ],
  source: 'seed-article',
});
const read = (story: string) =>
  readStoryFile('content/stories/new.md', story, known, (id) => `<figure>${id}</figure>`);

describe('newStoryText', () => {
  it('is a draft dated today that passes the check, with the charts listed in a note', () => {
    const result = read(text);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.story).toMatchObject({
      date: '2026-05-01',
      draft: true,
      sources: ['seed-article'],
    });
    expect(result.placements).toEqual([]);
    expect(text).toContain('- gdp-vs-activity：经济总量大，不等于区块链动作多');
    expect(text).toContain('\n::chart{id="filings-map"}\n');
  });

  it('once draft: true is deleted, stops at every placeholder left', () => {
    const problems = read(text.replace('draft: true\n', '')).problems;
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'title'],
      [3, 'dek'],
      [4, 'byline'],
      [9, 'sources'],
      [14, 'story text'],
      [32, 'story text'],
      [34, 'story text'],
    ]);
  });
});

describe('slugProblem', () => {
  it('accepts lower-case latin letters, digits and hyphens', () => {
    expect(slugProblem('hunan-parks-2020', ['why-hunan'])).toBeUndefined();
  });

  it.each([
    ['', /give the story a name: npm run new-story -- hunan-parks-2020/],
    ['Hunan_Parks', /"Hunan_Parks" cannot name a story: .* \(did you mean hunan-parks\?\)$/],
    [
      '湖南园区',
      /"湖南园区" cannot name a story: use lower-case latin letters, digits and hyphens, e.g. hunan-parks-2020$/,
    ],
    ['-parks', /cannot name a story.*did you mean parks\?/],
    [
      'why-hunan',
      /^content\/stories\/why-hunan.md already exists: choose another name, or open that file$/,
    ],
  ])('refuses "%s"', (slug, says) => {
    expect(slugProblem(slug, ['why-hunan'])).toMatch(says);
  });
});
