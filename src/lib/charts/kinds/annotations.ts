/**
 * Annotations: a short text pointing at something a chart shows (a place, a category, a year or
 * a date). Each kind says what its chart shows; an annotation pointing at anything else is a
 * problem, never a note floating over nothing.
 */
import { z } from 'zod';
import { text } from '../../schema/common.ts';

export const annotationSchema = z.strictObject({
  text: text()
    .max(30, { error: 'a short text of at most 30 characters' })
    .describe('The text, short enough for a phone: at most 30 characters.'),
  at: z
    .union([z.string(), z.number()], { error: 'a place code, a category, a year or a date' })
    .describe(
      'What it points at: a place code (430000), a category, a year (2019) or a date (2020-02-27).',
    ),
});

export type AnnotationInput = z.infer<typeof annotationSchema>;

export interface Annotation {
  text: string;
  /** The target as written, as text. */
  at: string;
  /** The target as readers see it (湖南, 2019 年…); undefined when the chart does not show it. */
  target: string | undefined;
}

/** Matches each annotation to what the chart shows: target key → label readers see. */
export function resolveAnnotations(
  inputs: readonly AnnotationInput[] | undefined,
  shown: ReadonlyMap<string, string>,
): Annotation[] {
  return (inputs ?? []).map(({ text, at }) => ({
    text,
    at: String(at),
    target: shown.get(String(at)),
  }));
}
