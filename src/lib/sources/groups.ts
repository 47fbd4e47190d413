/**
 * How sources are shown as a newsroom shows them: in three groups (official documents,
 * statistics, media), ranked in that order, each document once. The group follows from the
 * `kind` a source is declared with in content/sources.yaml.
 */
import type { Source } from '../schema/source.ts';

export interface SourceGroup {
  id: 'official' | 'statistics' | 'media';
  label: string;
  sources: Source[];
}

/** The kinds of content/sources.schema.yaml, most primary first, and the group of each. */
const KIND_RANK = ['official', 'standard', 'statistics', 'dataset', 'news', 'article', 'repost'];
const GROUP_OF: Record<string, SourceGroup['id']> = {
  official: 'official',
  standard: 'official',
  statistics: 'statistics',
  dataset: 'statistics',
};
const GROUP_LABELS: Record<SourceGroup['id'], string> = {
  official: '官方文件',
  statistics: '统计数据',
  media: '媒体报道',
};

/** The group a source belongs to: official documents, statistics, or (everything else) media. */
export function groupOf(source: Pick<Source, 'kind'>): SourceGroup['id'] {
  return GROUP_OF[source.kind] ?? 'media';
}

const rank = (source: Pick<Source, 'kind'>): number => {
  const i = KIND_RANK.indexOf(source.kind);
  return i === -1 ? KIND_RANK.length : i;
};

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

/** Sources, most primary first (official, then statistics, then media); ties keep their order. */
export function rankSources(sources: readonly Source[]): Source[] {
  return dedupeSources(sources)
    .map((source, i) => ({ source, i }))
    .sort((a, b) => rank(a.source) - rank(b.source) || a.i - b.i)
    .map(({ source }) => source);
}

/** The non-empty groups, in order, each ranked and without duplicates. */
export function groupSources(sources: readonly Source[]): SourceGroup[] {
  const ranked = rankSources(sources);
  return (['official', 'statistics', 'media'] as const)
    .map((id) => ({
      id,
      label: GROUP_LABELS[id],
      sources: ranked.filter((s) => groupOf(s) === id),
    }))
    .filter((group) => group.sources.length > 0);
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
