import { describe, expect, it } from 'vitest';
import {
  creditLine,
  dedupeSources,
  groupSources,
  rankSources,
} from '../../../src/lib/sources/groups.ts';
import type { Source } from '../../../src/lib/schema/source.ts';

const source = (id: string, tier: string, publisher = id, url: string | null = null): Source => ({
  id,
  kind: 'article',
  tier,
  publisher,
  title: `《${id}》`,
  date: null,
  url,
});

describe('source groups', () => {
  const media = source('m', 'secondary');
  const stats = source('s', 'official-statistics');
  const official = source('o', 'official-document');
  const data = source('d', 'media');

  it('ranks by tier: official documents, official statistics, media, secondary', () => {
    expect(rankSources([media, data, stats, official]).map((s) => s.id)).toEqual([
      'o',
      's',
      'd',
      'm',
    ]);
  });

  it('groups in that order, leaving out empty groups', () => {
    const groups = groupSources([media, stats, data]);
    expect(groups.map((g) => [g.label, g.sources.map((s) => s.id)])).toEqual([
      ['官方统计', ['s']],
      ['媒体报道', ['d']],
      ['二手转载', ['m']],
    ]);
  });

  it('lists a document once, by id or by address', () => {
    const a = source('a', 'media', 'A', 'https://x.cn/1');
    const copy = source('b', 'media', 'B', 'https://x.cn/1');
    expect(dedupeSources([a, a, copy, media]).map((s) => s.id)).toEqual(['a', 'm']);
  });

  it('credits at most three publishers and counts the documents it leaves unnamed', () => {
    const many = [
      media,
      source('n1', 'media', '报社甲'),
      source('n2', 'media', '报社甲'),
      source('n3', 'media', '报社乙'),
      official,
      stats,
    ];
    const line = creditLine(many);
    expect(line.named.map((s) => s.publisher)).toEqual(['o', 's', '报社甲']);
    expect(line.total).toBe(6);
    expect(line.more).toBe(2);
  });

  it('names documents a reader can open before those without an address', () => {
    const unrecorded = source('g', 'secondary', '仓库未记录');
    const linked = [
      source('a', 'media', '报社甲', 'https://a.cn/1'),
      source('b', 'media', '报社乙', 'https://b.cn/1'),
    ];
    expect(creditLine([unrecorded, ...linked]).named.map((s) => s.id)).toEqual(['a', 'b', 'g']);
    const three = [...linked, source('c', 'secondary', '报社丙', 'https://c.cn/1')];
    const line = creditLine([unrecorded, ...three]);
    expect(line.named.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(line.more).toBe(1);
  });

  it('names every source when there are three or fewer publishers', () => {
    expect(creditLine([stats, media]).more).toBe(0);
  });
});
