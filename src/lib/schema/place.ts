import { z } from 'zod';
import { note, oneOf, placeCode, sourceIds, text } from './common.ts';

export const PLACE_LEVELS = ['province', 'prefecture', 'county'] as const;

/** One entry of content/data/places.yaml: every province, city or county the data names. */
export const placeSchema = z
  .strictObject({
    /** GB/T 2260 six-digit code, e.g. 430000 (Hunan), 430100 (Changsha). */
    code: placeCode(),
    /** Full Chinese name, e.g. 湖南省. */
    name_zh: text(),
    /** Short Chinese name used in charts, e.g. 湖南. */
    short_zh: text(),
    /** English name, e.g. Hunan. */
    name_en: text(),
    /** province (incl. municipalities), prefecture or county (incl. districts). */
    level: oneOf(PLACE_LEVELS),
    /** Code of the place this one belongs to; required below province level. */
    parent: placeCode().optional(),
    /** Provinces only: code of the capital city. */
    capital: placeCode().optional(),
    /** true for the six central provinces the story compares. */
    central: z.boolean({ error: 'true or false' }).optional(),
    sources: sourceIds(),
    note: note(),
  })
  .superRefine((place, ctx) => {
    if (place.level !== 'province' && place.parent === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['parent'],
        message: `the code of the place this ${place.level} belongs to`,
      });
    }
    if (place.level === 'province' && place.parent !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['parent'],
        message: 'no parent for a province (remove the field)',
      });
    }
  });

export type Place = z.infer<typeof placeSchema>;
