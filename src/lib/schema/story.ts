import { z } from 'zod';
import { calendarMistake } from '../format/calendar.ts';
import { PARTIAL_DATE } from '../format/partialDate.ts';
import { sourceIds, text } from './common.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (what = 'a publication date') =>
  z.preprocess(
    // YAML may read an unquoted date as a Date object; keep the day as written.
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: `${what} written 2020-05-16` })
      .regex(PARTIAL_DATE, { error: `${what} written 2020-05-16`, abort: true })
      .regex(DAY, { error: 'a full date with the day, e.g. 2020-05-16', abort: true })
      .refine((value) => calendarMistake(value) === undefined, {
        error: (issue) => calendarMistake(String(issue.input)) ?? 'a date in the calendar',
      }),
  );

/** A correction of the story's text: shown at its foot, in its feed item and its JSON-LD. */
export const storyCorrectionSchema = z.strictObject(
  {
    /** The day the text was corrected: on or after `date`, on or before `updated`. */
    date: day('the day of the correction'),
    /** What the story said that was wrong, e.g. 本文原称“双城”格局是主要原因。 */
    wrong: text(),
    /** What is right, e.g. 现有数据不能说明原因，已改为…… */
    right: text(),
    /** Anything else readers should know (how the error was found), optional. */
    note: text().optional(),
  },
  { error: 'a correction: date, wrong and right lines (and note)' },
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
  /**
   * Last substantive update; shown when later than `date`. When left out, the latest correction's
   * day (the story's own, or a data correction to a chart it places) is the updated day.
   */
  updated: day().optional(),
  /** Corrections of the text, oldest first (content/README.md, "Corrections and updates"). */
  corrections: z
    .array(storyCorrectionSchema, {
      error: 'a list of corrections, each with date, wrong and right',
    })
    .optional(),
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
