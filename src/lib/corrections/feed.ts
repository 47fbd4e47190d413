/** A story's feed description: its dek, and when it changed, its dates and its corrections. */
import { formatDateZh } from '../format/partialDate.ts';
import { correctionHeading } from './describe.ts';
import type { CorrectionEntry } from './log.ts';

/**
 * "dek（2026年11月22日发布，2026年12月1日更新）2026年12月1日更正：原文有误：……更正为：……"; the dek
 * alone for a story that never changed.
 */
export function feedDescription(
  story: { dek: string; date: string },
  updated: string,
  changes: readonly CorrectionEntry[],
): string {
  if (updated <= story.date && changes.length === 0) return story.dek;
  const dates = `（${formatDateZh(story.date)}发布，${formatDateZh(updated)}更新）`;
  const corrections = changes.map(
    (c) => `${correctionHeading(c.date)}${c.kind === 'data' ? '（数据）' : ''}：${c.text}`,
  );
  return [`${story.dek}${dates}`, ...corrections].join('\n');
}
