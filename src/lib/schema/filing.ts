import { z } from 'zod';
import {
  count,
  note,
  partialDate,
  placeCode,
  requireNoteForNulls,
  slug,
  sourceIds,
  text,
} from './common.ts';

/** One entry of content/data/filing-batches.yaml: a batch of CAC blockchain-service filings. */
export const filingBatchSchema = requireNoteForNulls(
  z.strictObject({
    /** Batch number: 1, 2, 3… */
    batch: count().min(1, { error: 'a batch number of 1 or more' }),
    /** Date the CAC published the batch. */
    published: partialDate(),
    /** Number of services filed in the batch, nationwide. */
    services: count(),
    /** Number of entities (companies, institutions); null when not reported. */
    entities: count().nullable(),
    /** Number of provinces with at least one filing; null when not reported. */
    provinces: count().nullable(),
    /** Provinces with the most filings in the batch, as reported. */
    leaders: z
      .array(z.strictObject({ province: placeCode(), services: count() }), {
        error: 'a list of { province, services }',
      })
      .optional(),
    sources: sourceIds(),
    note: note(),
  }),
);

/** One row of content/data/filings-provinces.csv: a central province's filings over some batches. */
export const filingProvinceSchema = requireNoteForNulls(
  z.strictObject({
    province: placeCode(),
    /** Which batches the count covers, e.g. 1-3. */
    batches: z.string({ error: 'a batch range such as 1-3' }).regex(/^\d+(?:-\d+)?$/, {
      error: 'a batch range such as 1-3',
    }),
    /** Number of services filed; null when the sources do not say. */
    services: count().nullable(),
    sources: sourceIds(),
    note: note(),
  }),
);

/** One row of content/data/filings-cities.csv: a city's filings over some batches. */
export const filingCitySchema = z.strictObject({
  province: placeCode(),
  /** Prefecture-level city code, e.g. 430100 (Changsha). */
  city: placeCode(),
  batches: z.string({ error: 'a batch range such as 1-3' }).regex(/^\d+(?:-\d+)?$/, {
    error: 'a batch range such as 1-3',
  }),
  services: count(),
  sources: sourceIds(),
  note: note(),
});

/** One entry of content/data/filing-entities.yaml: a known filing (entity and service). */
export const filingEntitySchema = requireNoteForNulls(
  z.strictObject({
    id: slug(),
    /** The company or institution that filed, in Chinese. */
    entity_zh: text(),
    /** The service filed; null when unknown. */
    service_zh: text().nullable(),
    province: placeCode(),
    city: placeCode().nullable(),
    /** Batch number; null when unknown. */
    batch: count().nullable(),
    /** The filing number as displayed, e.g. 湘网信备…号; null when unknown. */
    filing_number: text().nullable(),
    /** true only when a source confirms it is one of the filings counted in filings-*.csv. */
    counted: z.boolean({ error: 'true or false' }),
    sources: sourceIds(),
    note: note(),
  }),
);

export type FilingBatch = z.infer<typeof filingBatchSchema>;
export type FilingProvince = z.infer<typeof filingProvinceSchema>;
export type FilingCity = z.infer<typeof filingCitySchema>;
export type FilingEntity = z.infer<typeof filingEntitySchema>;
