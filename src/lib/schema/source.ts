import { z } from 'zod';
import { note, oneOf, partialDate, requireNoteForNulls, slug, text, url } from './common.ts';

/** What kind of document a source is; tells the reader how close it is to the original. */
export const SOURCE_KINDS = [
  'article',
  'repost',
  'official',
  'statistics',
  'news',
  'dataset',
  'standard',
] as const;

/** One entry of content/sources.yaml: every document a number or claim comes from, listed once. */
export const sourceSchema = requireNoteForNulls(
  z.strictObject({
    /** Stable id that rows cite, e.g. `seed-01blockchain-2020-05-16`. */
    id: slug(),
    /** Who published it, e.g. 01区块链 or 湖南省统计局. */
    publisher: text(),
    /** Its title as published. */
    title: text(),
    /** Publication date (2020-05-16, 2020-05 or 2020); null when unknown, with a note. */
    date: partialDate().nullable(),
    /** Where to read it; null when no address is known, with a note. */
    url: url().nullable(),
    /** Language of the document: zh or en. */
    language: oneOf(['zh', 'en']),
    /** article, repost, official, statistics, news, dataset or standard. */
    kind: oneOf(SOURCE_KINDS),
    /** What this source supports on the site, in a sentence. */
    supports: text(),
    /** Caveats: secondary copy, machine translation, not the primary page… */
    note: note(),
  }),
);

export type Source = z.infer<typeof sourceSchema>;
