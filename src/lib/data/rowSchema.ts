/**
 * Builds the zod schema that validates a dataset's rows from its declaration. Each column type
 * maps to one field builder of schema/common.ts, so a declared column fails with the same plain
 * "expected …" sentence as any other field.
 */
import { z } from 'zod';
import {
  amount,
  count,
  oneOf,
  partialDate,
  percent,
  placeCode,
  requireNoteForNulls,
  slug,
  sourceIds,
  text,
  url,
  year,
} from '../schema/common.ts';
import type { Column, ColumnType, Declaration, InnerColumn } from './declaration.ts';

type Scalar = string | number | boolean;

/** A value that refers to another dataset's key: YAML may read an unquoted key as a number. */
const keyText = () =>
  z.preprocess(
    (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
    text(),
  );

function patternText(column: Pick<Column, 'pattern' | 'expected'>): z.ZodType {
  if (!column.pattern) return text();
  const expected = column.expected ?? `a text matching ${column.pattern}`;
  return z.string({ error: expected }).regex(new RegExp(`^(?:${column.pattern})$`), {
    error: expected,
  });
}

function scalarSchema(type: ColumnType, column: InnerColumn): z.ZodType {
  switch (type) {
    case 'id':
      return slug();
    case 'text':
      return patternText(column);
    case 'note':
      return text();
    case 'place':
      return placeCode();
    case 'year':
      return year();
    case 'count':
      return count();
    case 'amount':
      return amount(column.unit);
    case 'percent':
      return percent();
    case 'number':
      return z.number({ error: 'a number, e.g. 12 or 3.5' });
    case 'date':
      return partialDate();
    case 'enum':
      return oneOf(Object.keys(column.values ?? {}) as [string, ...string[]]);
    case 'boolean':
      return z.boolean({ error: 'true or false' });
    case 'sources':
      return sourceIds();
    case 'ref':
      return keyText();
    case 'url':
      return url();
    case 'list':
      return z.array(text(), { error: 'a list' });
    // Any one value a row can hold, e.g. a corrected figure: checked against its own column.
    case 'value':
      return z.union([z.string(), z.number(), z.boolean(), z.null()], {
        error: 'one value: a number, a text, true/false, or null when unknown',
      });
  }
}

/** A declared minimum: the fewest items of a list, the smallest number. */
function withMinimum(schema: z.ZodType, column: Column | InnerColumn): z.ZodType {
  const min = column.min;
  if (min === undefined) return schema;
  if (schema instanceof z.ZodArray)
    return schema.min(min, { error: `a list of at least ${min} (${column.label})` });
  if (schema instanceof z.ZodNumber) return schema.min(min, { error: `${min} or more` });
  return schema;
}

function columnSchema(column: Column | InnerColumn): z.ZodType {
  let schema: z.ZodType;
  if (column.type === 'list' && 'fields' in column && column.fields) {
    const fields = Object.fromEntries(
      Object.entries(column.fields).map(([name, inner]) => [name, columnSchema(inner)]),
    );
    schema = z.array(z.strictObject(fields), {
      error: `a list of { ${Object.keys(column.fields).join(', ')} }`,
    });
  } else if (column.type === 'list') {
    const itemType = column.of ?? 'text';
    schema = z.array(scalarSchema(itemType, column), { error: `a list of ${itemType} values` });
  } else {
    schema = scalarSchema(column.type, column);
  }
  schema = withMinimum(schema, column);
  if (column.unknown === 'allowed') schema = schema.nullable();
  // A note is always optional: the row rule below says when one is needed.
  if (column.optional || column.type === 'note' || column.required_unless)
    schema = schema.optional();
  return schema;
}

const matches = (value: unknown, wanted: Scalar | Scalar[]) =>
  (Array.isArray(wanted) ? wanted : [wanted]).some((w) => String(w) === String(value));

/** The row schema of a declared dataset. */
export function rowSchema(declaration: Declaration): z.ZodObject {
  const shape = Object.fromEntries(
    Object.entries(declaration.columns).map(([name, column]) => [name, columnSchema(column)]),
  );
  let schema: z.ZodObject = z.strictObject(shape);
  const hasNote = Object.values(declaration.columns).some((c) => c.type === 'note');
  if (hasNote) schema = requireNoteForNulls(schema);
  const conditional = Object.entries(declaration.columns).filter(([, c]) => c.required_unless);
  if (conditional.length === 0) return schema;
  return schema.superRefine((row: Record<string, unknown>, ctx) => {
    for (const [name, column] of conditional) {
      if (row[name] !== undefined) continue;
      const exempt = Object.entries(column.required_unless ?? {}).some(([field, wanted]) =>
        matches(row[field], wanted),
      );
      if (exempt) continue;
      const unless = Object.entries(column.required_unless ?? {})
        .map(([field, wanted]) => `${field} is ${[wanted].flat().join(' or ')}`)
        .join(', ');
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: `a ${column.label} (${name}) unless ${unless}`,
      });
    }
  });
}
