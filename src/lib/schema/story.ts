import { z } from 'zod';
import { calendarMistake } from '../format/calendar.ts';
import { PARTIAL_DATE } from '../format/partialDate.ts';
import { sourceIds, text } from './common.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = () =>
  z.preprocess(
    // YAML may read an unquoted date as a Date object; keep the day as written.
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: 'a publication date written 2020-05-16' })
      .regex(PARTIAL_DATE, { error: 'a publication date written 2020-05-16', abort: true })
      .regex(DAY, { error: 'a full date with the day, e.g. 2020-05-16', abort: true })
      .refine((value) => calendarMistake(value) === undefined, {
        error: (issue) => calendarMistake(String(issue.input)) ?? 'a date in the calendar',
      }),
  );

/** The frontmatter of a story: content/stories/<slug>.md. */
export const storySchema = z.strictObject({
  /** The headline. */
  title: text(),
  /** One or two sentences under the headline: what the story finds. */
  dek: text(),
  /** Who wrote it. */
  byline: text(),
  /** First publication, e.g. 2026-11-22. */
  date: day(),
  /** Last substantive update; shown when later than `date`. */
  updated: day().optional(),
  /** Topics, e.g. [湖南, 产业园]. */
  tags: z.array(text(), { error: 'a list of tags' }).optional(),
  /** Sources cited in the prose; the sources of placed charts are added automatically. */
  sources: sourceIds(),
  /** Order on the home page: lower first. */
  order: z.number({ error: 'a number' }).int({ error: 'a whole number' }).optional(),
  /**
   * true while the story is being written: it is shown in the preview (npm run dev), with a
   * 草稿 banner, and left out of the built site, the feed, the sitemap and the search.
   */
  draft: z.boolean({ error: 'true or false' }).optional(),
});

export type Story = z.infer<typeof storySchema>;

/** A story as stored by the loader: the frontmatter plus what the build derives from the body. */
export const storyEntrySchema = storySchema.extend({
  /** Ids of the charts placed in the story, in order. */
  charts: z.array(z.string()),
  readingMinutes: z.number(),
  /** Han characters of prose, without charts and markup. */
  characters: z.number(),
});
