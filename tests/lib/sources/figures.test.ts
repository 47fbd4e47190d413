import { describe, expect, it } from 'vitest';
import { loadContentSet } from '../../../src/lib/data/contentSet.ts';
import { countByTier, figuresOf, secondaryOnlyRows } from '../../../src/lib/sources/figures.ts';
import { bestTier, secondaryOnly } from '../../../src/lib/sources/tiers.ts';
import { fixtureContent, fixtureFiles } from '../../support/fixtureContent.ts';
import { readFileSync } from 'node:fs';
import { getContent } from '../../../src/server/content.ts';
import { join } from 'node:path';

const baseSources = readFileSync(
  join(import.meta.dirname, '../../fixtures/base/sources.yaml'),
  'utf8',
);

describe('tiers', () => {
  it('takes the most primary tier of a row and knows a secondary-only one', () => {
    expect(bestTier([{ tier: 'secondary' }, { tier: 'media' }])).toBe('media');
    expect(bestTier([{ tier: 'official-statistics' }, { tier: 'official-document' }])).toBe(
      'official-document',
    );
    expect(bestTier([])).toBeUndefined();
    expect(secondaryOnly([{ tier: 'secondary' }, { tier: 'secondary' }])).toBe(true);
    expect(secondaryOnly([{ tier: 'secondary' }, { tier: 'media' }])).toBe(false);
    expect(secondaryOnly([])).toBe(false);
  });
});

describe('figures by tier', () => {
  const figures = figuresOf(fixtureContent());

  it('counts each non-empty number or date once, never keys, ids or unknown values', () => {
    const gdp = figures.filter((f) => f.dataset === 'gdp');
    expect(gdp.map((f) => f.field)).not.toContain('year');
    expect(gdp.map((f) => f.field)).not.toContain('province');
    expect(gdp.every((f) => f.text !== '')).toBe(true);
    const batches = figures.filter((f) => f.dataset === 'filing-batches');
    expect(batches.map((f) => f.field)).not.toContain('batch');
    // Figures inside a list of records count too (a batch's leading provinces).
    const real = figuresOf(getContent()).filter((f) => f.dataset === 'filing-batches');
    expect(real.filter((f) => f.field === 'leaders.services').map((f) => f.text)).toContain('87项');
  });

  it('adds up to the number of figures, with none left without a source', () => {
    const counts = countByTier(figures);
    expect(counts.map((c) => c.tier)).toEqual([
      'official-document',
      'official-statistics',
      'media',
      'secondary',
      'none',
    ]);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(figures.length);
    expect(counts.find((c) => c.tier === 'none')?.count).toBe(0);
    expect(counts.find((c) => c.tier === 'media')?.count).toBeGreaterThan(0);
  });

  it('moves the figures of a source to its new tier when the source is re-tiered', () => {
    const sources = baseSources.replace('tier: media', 'tier: secondary');
    const moved = figuresOf(loadContentSet(fixtureFiles({ 'content/sources.yaml': sources })));
    const before = countByTier(figures);
    const after = countByTier(moved);
    const count = (list: typeof before, tier: string) => list.find((c) => c.tier === tier)?.count;
    expect(count(after, 'media')).toBe(0);
    expect(count(after, 'secondary')).toBe(
      (count(before, 'secondary') ?? 0) + (count(before, 'media') ?? 0),
    );
    const rows = secondaryOnlyRows(moved);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.figures.every((f) => f.tier === 'secondary'))).toBe(true);
    expect(rows[0]?.publishers).toEqual(['01区块链']);
  });
});
