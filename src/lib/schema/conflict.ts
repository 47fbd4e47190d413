import { z } from 'zod';
import { note, slug, sourceIds, text } from './common.ts';

/** One entry of content/data/conflicts.yaml: a value or claim on which sources disagree. */
export const conflictSchema = z.strictObject({
  id: slug(),
  topic_zh: text(),
  topic_en: text(),
  /** Each version of the value and who gives it. */
  claims: z
    .array(z.strictObject({ value: text(), sources: sourceIds(), note: note() }), {
      error: 'a list of { value, sources }',
    })
    .min(2, { error: 'at least two claims (a conflict needs two sides)' }),
  /** What the site shows, and why. */
  resolution: text(),
  note: note(),
});

export type Conflict = z.infer<typeof conflictSchema>;
