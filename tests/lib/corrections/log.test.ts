// Which corrections a story shows, the day it last changed, its feed text, and the site's log.
import { describe, expect, it } from 'vitest';
import { feedDescription } from '../../../src/lib/corrections/feed.ts';
import {
  correctionLog,
  storyCorrections,
  type ChartCorrection,
} from '../../../src/lib/corrections/log.ts';
import { loadContentSet } from '../../../src/lib/data/contentSet.ts';
import { updatedDay } from '../../../src/lib/stories/corrections.ts';
import { fixtureFiles } from '../../support/fixtureContent.ts';

const data = (date: string, row = 'r1'): ChartCorrection => ({
  dataset: 'gdp',
  row,
  field: 'growth_pct',
  date,
  was: 7.8,
  now: 7.6,
  why: '按公报改正。',
  sources: ['s'],
  text: `数据${row}${date}`,
});

const own = {
  date: '2026-12-02',
  wrong: '本文原称主要原因是双城格局。',
  right: '数据说明不了原因。',
};
const story = { date: '2026-11-22', corrections: [own] };
const bar = {
  id: 'bar',
  title: '条形图',
  corrections: [data('2026-12-01'), data('2026-11-01', 'r0')],
};
const map = { id: 'map', title: '地图', corrections: [data('2026-12-01')] };

describe("a story's corrections", () => {
  it("its own and its charts' data corrections, oldest first, each data correction once with every chart", () => {
    const entries = storyCorrections(story, [bar, map]);
    expect(entries.map((e) => [e.kind, e.date])).toEqual([
      ['data', '2026-12-01'],
      ['story', '2026-12-02'],
    ]);
    const first = entries[0];
    expect(first?.kind === 'data' && first.charts.map((c) => c.id)).toEqual(['bar', 'map']);
    expect(entries[1]?.text).toBe(
      '原文有误：本文原称主要原因是双城格局。更正为：数据说明不了原因。',
    );
  });

  it('not a data correction made before the story was published (it never showed the old value)', () => {
    expect(storyCorrections(story, [bar]).map((e) => e.date)).not.toContain('2026-11-01');
  });

  it('the updated day is the latest of updated and every correction', () => {
    expect(updatedDay({ date: '2026-11-22' })).toBe('2026-11-22');
    expect(updatedDay({ date: '2026-11-22', updated: '2026-11-25' })).toBe('2026-11-25');
    expect(updatedDay(story, ['2026-12-01'])).toBe('2026-12-02');
    expect(updatedDay({ date: '2026-11-22' }, ['2026-12-05'])).toBe('2026-12-05');
  });

  it('the feed description adds the dates and the corrections, the dek alone otherwise', () => {
    expect(feedDescription({ dek: '导语。', date: '2026-11-22' }, '2026-11-22', [])).toBe('导语。');
    const entries = storyCorrections(story, [bar]);
    expect(feedDescription({ dek: '导语。', date: '2026-11-22' }, '2026-12-02', entries)).toBe(
      [
        '导语。（2026年11月22日发布，2026年12月2日更新）',
        '2026年12月1日更正（数据）：数据r12026-12-01',
        '2026年12月2日更正：原文有误：本文原称主要原因是双城格局。更正为：数据说明不了原因。',
      ].join('\n'),
    );
  });
});

describe("the site's correction log", () => {
  it('lists both kinds newest first, with the stories that show each', () => {
    const stories = [
      { id: 'why-hunan', title: '为什么是湖南', charts: ['bar'], ...story },
      { id: 'other', title: '另一篇', date: '2026-11-22', charts: ['table'] },
    ];
    const log = correctionLog(stories, [bar, map]);
    expect(log.map((l) => [l.entry.kind, l.entry.date, l.stories.map((s) => s.id)])).toEqual([
      ['story', '2026-12-02', ['why-hunan']],
      ['data', '2026-12-01', ['why-hunan']],
      ['data', '2026-11-01', []],
    ]);
  });
});

describe('the correction file may be an empty list; other files may not', () => {
  it('loads corrections.yaml holding [] and fails parks.yaml holding []', () => {
    const empty = loadContentSet(fixtureFiles({ 'content/data/corrections.yaml': '[]\n' }));
    expect(empty.datasets.get('corrections')?.rows).toEqual([]);
    expect(() => loadContentSet(fixtureFiles({ 'content/data/parks.yaml': '[]\n' }))).toThrow(
      /content\/data\/parks\.yaml:1: expected a list of entries, each starting with "- "; found an empty file \(or an empty list\)/,
    );
  });
});
