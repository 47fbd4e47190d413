/**
 * How primary a source is. Every source in content/sources.yaml declares a `tier`; the order
 * below is the order of trust: the issuing body's own document first, a repost last.
 *
 * - official-document: a government body's own document (a notice, plan, approval, standard).
 * - official-statistics: a statistics office's bulletin, yearbook or database.
 * - media: a news outlet's own reporting.
 * - secondary: reposts, content farms, demo data files, machine translations.
 */
import type { Source } from '../schema/source.ts';

export const TIERS = ['official-document', 'official-statistics', 'media', 'secondary'] as const;
export type Tier = (typeof TIERS)[number];

/** The Chinese names readers see, the same as the declaration's enum labels. */
export const TIER_LABELS: Record<Tier, string> = {
  'official-document': '官方文件',
  'official-statistics': '官方统计',
  media: '媒体报道',
  secondary: '二手转载',
};

/** A tier's place in the order of trust (0 is the most primary); unknown tiers come last. */
export function tierRank(tier: string): number {
  const i = (TIERS as readonly string[]).indexOf(tier);
  return i === -1 ? TIERS.length : i;
}

/** The most primary tier among some sources, or undefined when there are none. */
export function bestTier(sources: readonly Pick<Source, 'tier'>[]): Tier | undefined {
  const ranks = sources.map((s) => tierRank(s.tier)).filter((r) => r < TIERS.length);
  return ranks.length === 0 ? undefined : TIERS[Math.min(...ranks)];
}

/** Whether a value rests only on secondary sources (and has at least one source). */
export function secondaryOnly(sources: readonly Pick<Source, 'tier'>[]): boolean {
  return sources.length > 0 && bestTier(sources) === 'secondary';
}

/** The generated public note of a value whose sources are all secondary. */
export const SECONDARY_ONLY_NOTE = '仅有二手来源';
