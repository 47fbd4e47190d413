import { z } from 'zod';
import {
  amountYi,
  note,
  oneOf,
  partialDate,
  percent,
  placeCode,
  requireNoteForNulls,
  sourceIds,
  year,
} from './common.ts';

/**
 * first-published: the figure in the statistical bulletin of the following spring.
 * revised: the later figure after the 4th economic census or an NBS database update.
 */
export const GDP_VINTAGES = ['first-published', 'revised'] as const;

/** One row of content/data/gdp.csv: a province's GDP in one year, in one vintage. */
export const gdpSchema = requireNoteForNulls(
  z.strictObject({
    /** Province code, e.g. 430000. */
    province: placeCode(),
    year: year(),
    /** first-published or revised. */
    vintage: oneOf(GDP_VINTAGES),
    /** GDP at current prices in 亿元; null when unknown. */
    gdp_yi: amountYi().nullable(),
    /** Real growth over the year before, in per cent; null when no source confirms it. */
    growth_pct: percent().nullable(),
    /** When this figure was published; null when unknown. */
    published: partialDate().nullable(),
    sources: sourceIds(),
    note: note(),
  }),
);

export type GdpRow = z.infer<typeof gdpSchema>;
