import { z } from 'zod';
import {
  level,
  note,
  oneOf,
  partialDate,
  placeCode,
  requireNoteForNulls,
  slug,
  sourceIds,
  text,
} from './common.ts';

/** What kind of event it is; the timeline filters on this. */
export const EVENT_KINDS = [
  'policy',
  'plan',
  'regulation',
  'meeting',
  'work-report',
  'filing-batch',
  'project-list',
  'statistics',
  'milestone',
] as const;

/** One entry of content/data/events.yaml: a policy or other dated event. */
export const eventSchema = requireNoteForNulls(
  z
    .strictObject({
      id: slug(),
      /** 2020-04-27, or 2020-04 / 2020 when only the month or year is known; null when unknown. */
      date: partialDate().nullable(),
      /** national, provincial, city or district: who acted. */
      level: level(),
      /** Province code; leave out for national events. */
      province: placeCode().optional(),
      /** City code, for city and district events. */
      city: placeCode().optional(),
      /** Zone or district in words, e.g. 长沙经开区. */
      district_zh: text().optional(),
      kind: oneOf(EVENT_KINDS),
      /** Issuing body or actor in Chinese; null when the sources do not name it. */
      issuer_zh: text().nullable(),
      /** Official title of the document; null when it has none or it is unknown. */
      title_zh: text().nullable(),
      /** One line in Chinese, in our own words: what happened. */
      summary_zh: text(),
      /** One line in English: what it is and why it matters. */
      gloss_en: text(),
      /** Where sources disagree on the date, what the other date is and who gives it. */
      date_conflict: text().optional(),
      sources: sourceIds(),
      note: note(),
    })
    .superRefine((event, ctx) => {
      if (event.level !== 'national' && event.province === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['province'],
          message: `a province code for a ${event.level} event`,
        });
      }
    }),
);

export type Event = z.infer<typeof eventSchema>;
