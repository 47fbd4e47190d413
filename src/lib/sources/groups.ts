/**
 * How sources are shown as a newsroom shows them: in groups by tier (official documents,
 * official statistics, media reports, secondary reposts), ranked in that order, each document
 * once. The group is the `tier` a source declares in content/sources.yaml (see ./tiers.ts).
 */
import type { Source } from '../schema/source.ts';
import {
  SECONDARY_ONLY_NOTE,
  secondaryOnly,
  TIER_LABELS,
  TIERS,
  tierRank,
  type Tier,
} from './tiers.ts';

export interface SourceGroup {
  id: Tier;
  label: string;
  sources: Source[];
}

/** The group a source belongs to: its tier (an undeclared tier counts as secondary). */
export function groupOf(source: Pick<Source, 'tier'>): Tier {
  return (TIERS as readonly string[]).includes(source.tier) ? (source.tier as Tier) : 'secondary';
}

const rank = (source: Pick<Source, 'tier'>): number => tierRank(groupOf(source));

/** Each document once: the same id, or the same address, is one document. */
export function dedupeSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const keys = [`id:${source.id}`, ...(source.url ? [`url:${source.url}`] : [])];
    if (keys.some((key) => seen.has(key))) return false;
    keys.forEach((key) => seen.add(key));
    return true;
  });
}

/** Sources, most primary first (by tier); ties keep their order. */
export function rankSources(sources: readonly Source[]): Source[] {
  return dedupeSources(sources)
    .map((source, i) => ({ source, i }))
    .sort((a, b) => rank(a.source) - rank(b.source) || a.i - b.i)
    .map(({ source }) => source);
}

/** The non-empty groups, in order, each ranked and without duplicates. */
export function groupSources(sources: readonly Source[]): SourceGroup[] {
  const ranked = rankSources(sources);
  return TIERS.map((id) => ({
    id,
    label: TIER_LABELS[id],
    sources: ranked.filter((s) => groupOf(s) === id),
  })).filter((group) => group.sources.length > 0);
}

/**
 * A credit line: the publishers of at most `max` primary documents, and how many documents the
 * line does not name.
 */
export function creditLine(
  sources: readonly Source[],
  max = 3,
): { named: Source[]; total: number; more: number } {
  const ranked = rankSources(sources);
  const named: Source[] = [];
  // A reader can open a document with an address; one without is named only if room is left.
  const checkable = [...ranked.filter((s) => s.url), ...ranked.filter((s) => !s.url)];
  for (const source of checkable) {
    if (named.length === max) break;
    if (!named.some((s) => s.publisher === source.publisher)) named.push(source);
  }
  const covered = ranked.filter((s) => named.some((n) => n.publisher === s.publisher)).length;
  return { named, total: ranked.length, more: ranked.length - covered };
}

/**
 * "来源：publisher、publisher" for one value, in a chart's tooltip or a story's figure alike: the
 * publishers of at most three primary documents, "等N份" when there are more, and a note when
 * every source is secondary. Ids the register lacks are never shown; `none` is said instead.
 */
export function sourceLabeller(
  register: readonly Source[],
  none: string,
): (ids: readonly string[]) => string {
  const byId = new Map(register.map((s) => [s.id, s]));
  return (ids) => {
    const known = ids.flatMap((id) => byId.get(id) ?? []);
    if (known.length === 0) return none;
    const { named, total, more } = creditLine(known);
    const note = secondaryOnly(known) ? `（${SECONDARY_ONLY_NOTE}）` : '';
    return `来源：${named.map((s) => s.publisher).join('、')}${more > 0 ? `等${total}份` : ''}${note}`;
  };
}
