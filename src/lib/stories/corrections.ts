/**
 * A story's corrections must fit its dates: none before the story was published, and none after
 * a stated `updated` day (a story corrected on 12月1日 cannot have been last updated on 11月30日).
 * Without `updated`, the latest correction gives the updated day (updatedDay()).
 */
import type { ContentProblem } from '../data/contentError.ts';
import type { RawItem } from '../data/rawItems.ts';
import type { Story } from '../schema/story.ts';

/** Problems of the correction dates; `offset` moves frontmatter lines to file lines. */
export function correctionDateProblems(
  file: string,
  story: Story,
  item: RawItem | undefined,
  offset: number,
): ContentProblem[] {
  const corrections = story.corrections ?? [];
  const lineOf = (path: (string | number)[]) => (item?.lineOf(path) ?? 1) + offset;
  const problems: ContentProblem[] = corrections.flatMap((c, i) =>
    c.date < story.date
      ? [
          {
            file,
            line: lineOf(['corrections', i, 'date']),
            field: `corrections.${i}.date`,
            expected: `a day no earlier than the story's date (${story.date}): a story is corrected after it is published`,
            found: `"${c.date}"`,
          },
        ]
      : [],
  );
  const latest = corrections
    .map((c) => c.date)
    .sort()
    .at(-1);
  if (story.updated && latest && story.updated < latest)
    problems.push({
      file,
      line: lineOf(['updated']),
      field: 'updated',
      expected: `a day no earlier than the latest correction (${latest}): a correction is an update`,
      found: `"${story.updated}"`,
      hint: `write updated: ${latest}, or delete the updated line (the latest correction's day is then used)`,
    });
  return problems;
}

/**
 * The day a story last changed: the latest of its `updated` day, its corrections and the data
 * corrections that reach its charts; its publication day when none is later.
 */
export function updatedDay(
  story: Pick<Story, 'date' | 'updated' | 'corrections'>,
  dataCorrectionDays: readonly string[] = [],
): string {
  const days = [
    story.date,
    story.updated ?? story.date,
    ...(story.corrections ?? []).map((c) => c.date),
    ...dataCorrectionDays,
  ];
  return days.sort().at(-1) ?? story.date;
}
