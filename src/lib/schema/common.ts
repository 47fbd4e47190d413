/**
 * Field builders shared by every content schema. Each carries its own "expected …" wording,
 * so a failed check reads as a plain sentence in the build error (see data/validateRows.ts).
 */
import { z } from 'zod';
import { isRealDate, PARTIAL_DATE } from '../format/partialDate.ts';

/** Free text that must not be blank. */
export const text = () =>
  z.string({ error: 'a text' }).trim().min(1, { error: 'a text that is not empty' });

/** A whole number of 0 or more (a count). */
export const count = () =>
  z
    .number({ error: 'a whole number of 0 or more' })
    .int({ error: 'a whole number of 0 or more' })
    .min(0, { error: 'a whole number of 0 or more (a count cannot be negative)' });

/** An amount of money, in 亿元 (100 million yuan) unless another unit is named; 0 or more. */
export const amount = (unit = '亿元') =>
  z
    .number({ error: `an amount in ${unit} written as a number, e.g. 5 or 36425.8` })
    .min(0, { error: 'an amount of 0 or more (an amount cannot be negative)' });

/** A percentage such as a growth rate; may be negative. */
export const percent = () =>
  z
    .number({ error: 'a percentage written as a number, e.g. 7.8' })
    .min(-100, { error: 'a percentage above -100' })
    .max(1000, { error: 'a percentage below 1000' });

/** A four-digit calendar year in the range the site covers. */
export const year = () =>
  z
    .number({ error: 'a year written as four digits, e.g. 2019' })
    .int({ error: 'a year written as four digits, e.g. 2019' })
    .min(1949, { error: 'a year from 1949 on' })
    .max(2100, { error: 'a year before 2100' });

const DATE_EXPECTED =
  'a date written 2020-04-23, or 2020-04 / 2020 when the day or month is unknown';

/**
 * A date whose precision is its length: `2020`, `2020-04` or `2020-04-23`. YAML reads a bare
 * year as a number, so a number of four digits is accepted as a year.
 */
export const partialDate = () =>
  z.preprocess(
    (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
    z
      .string({ error: DATE_EXPECTED })
      .regex(PARTIAL_DATE, { error: DATE_EXPECTED, abort: true })
      .refine(isRealDate, { error: 'a date that exists in the calendar' }),
  );

/**
 * A six-digit GB/T 2260 administrative code such as `430000` (Hunan). YAML reads an unquoted
 * code as a number, so six-digit numbers are accepted too.
 */
export const placeCode = () =>
  z.preprocess(
    (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
    z
      .string({ error: 'a six-digit place code (GB/T 2260), e.g. 430000 for Hunan' })
      .regex(/^\d{6}$/, { error: 'a six-digit place code (GB/T 2260), e.g. 430000 for Hunan' }),
  );

/** An id made of lower-case letters, digits and hyphens, e.g. `hunan-action-plan-2020`. */
export const slug = () =>
  z
    .string({ error: 'an id of lower-case letters, digits and hyphens' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'an id of lower-case letters, digits and hyphens, e.g. hunan-action-plan-2020',
    });

/** One or more source ids from content/sources.yaml. */
export const sourceIds = () =>
  z
    .array(slug(), { error: 'a list of source ids from content/sources.yaml' })
    .min(1, { error: 'at least one source id from content/sources.yaml' });

/** A web address starting with http:// or https://. */
export const url = () =>
  z
    .string({ error: 'a web address starting with http:// or https://' })
    .regex(/^https?:\/\/\S+$/, { error: 'a web address starting with http:// or https://' });

/** One of a fixed set of words. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `one of: ${values.join(', ')}` });

/**
 * Every row that leaves a value unknown (`null`) must say why in its `note` (shown to readers
 * next to the gap) or, when the reason is only for the newsroom, its `internal_note`: an unknown
 * value is never a silent blank.
 */
export function requireNoteForNulls<T extends z.ZodObject>(schema: T) {
  return schema.superRefine((row: Record<string, unknown>, ctx) => {
    const unknownFields = Object.keys(row).filter((key) => row[key] === null);
    if (
      unknownFields.length === 0 ||
      ['note', 'internal_note'].some(
        (key) => typeof row[key] === 'string' && (row[key] as string).trim() !== '',
      )
    )
      return;
    ctx.addIssue({
      code: 'custom',
      path: ['note'],
      message: `a note saying why ${unknownFields.map((f) => `"${f}"`).join(' and ')} ${unknownFields.length === 1 ? 'is' : 'are'} unknown (null)`,
    });
  });
}
