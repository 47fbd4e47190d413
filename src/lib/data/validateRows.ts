import type { z } from 'zod';
import { describeFound, type ContentProblem } from './contentError.ts';
import { coerceRecord } from './csvCells.ts';
import { didYouMean } from './didYouMean.ts';
import { suggestHalfWidthFix } from './halfWidth.ts';
import type { FieldPath, RawFile, RawItem } from './rawItems.ts';
import { declarationOf, valueHint, type HintContext } from './valueHints.ts';

/** A validated entry or row, still knowing where it came from (for cross-reference errors). */
export interface LocatedRow<T> {
  data: T;
  file: string;
  item: RawItem;
}

/** The zod object schema behind a dataset, possibly with row-level refinements. */
export type RowSchema = z.ZodObject;

/**
 * Validates every item of a file against its schema. Returns the valid rows and one problem per
 * failed check, each naming the file, line, entry or row, field, what was expected and what was found.
 */
export function validateRows<S extends RowSchema>(
  raw: RawFile,
  schema: S,
  hints: Omit<HintContext, 'format'> = {},
): { rows: LocatedRow<z.output<S>>[]; problems: ContentProblem[] } {
  const shape = schema.shape as Record<string, z.ZodType>;
  const problems: ContentProblem[] = raw.format === 'csv' ? checkCsvColumns(raw, shape) : [];
  if (problems.length > 0) return { rows: [], problems };

  const rows: LocatedRow<z.output<S>>[] = [];
  for (const item of raw.items) {
    const input =
      raw.format === 'csv' ? coerceRecord(item.value as Record<string, string>, shape) : item.value;
    const result = schema.safeParse(input);
    if (result.success) {
      rows.push({ data: result.data, file: raw.file, item });
      continue;
    }
    const context = { ...hints, format: raw.format };
    for (const issue of result.error.issues)
      problems.push(
        ...describeIssue(raw, item, input, issue, fieldsAt(schema, issue.path), context),
      );
  }
  return { rows, problems };
}

function describeIssue(
  raw: RawFile,
  item: RawItem,
  input: unknown,
  issue: z.core.$ZodIssue,
  knownFields: string[],
  context: HintContext,
): ContentProblem[] {
  const itemRef = {
    kind: raw.format === 'csv' ? ('row' as const) : ('entry' as const),
    index: item.index,
  };
  const where = (path: FieldPath) => ({ file: raw.file, line: item.lineOf(path), item: itemRef });

  if (issue.code === 'unrecognized_keys') return unknownFields(raw, issue, where, knownFields);

  const path = issue.path as FieldPath;
  if (path.length === 0 && issue.code === 'invalid_type') {
    return [
      {
        ...where(path),
        expected: 'an entry of "key: value" lines',
        found: describeFound(input, raw.format),
      },
    ];
  }
  const found = valueAt(input, path);
  const hint =
    valueHint(found, path, context) ??
    suggestHalfWidthFix(found) ??
    closestAllowed(issue, found) ??
    nullHint(found, context);
  return [
    {
      ...where(path),
      ...(path.length > 0 ? { field: path.join('.') } : {}),
      expected: issue.message,
      found: describeFound(found, raw.format),
      ...(hint ? { hint } : {}),
    },
  ];
}

/** One problem per field the schema does not know, with the closest known field. */
function unknownFields(
  raw: RawFile,
  issue: z.core.$ZodIssueUnrecognizedKeys,
  where: (path: FieldPath) => Pick<ContentProblem, 'file' | 'line' | 'item'>,
  knownFields: string[],
): ContentProblem[] {
  return issue.keys.map((key) => {
    const path = [...issue.path, key] as FieldPath;
    const guess = didYouMean(key, knownFields);
    return {
      ...where(path),
      field: path.join('.'),
      expected: `only known fields (${knownFields.join(', ')})`,
      found: `an unknown field "${key}"`,
      ...(guess
        ? { hint: `did you mean "${guess}"?` }
        : {
            hint:
              raw.format === 'csv'
                ? "remove it, or declare the column in the dataset's .schema.yaml"
                : 'remove it, or declare the field (for a data file, in its .schema.yaml)',
          }),
    };
  });
}

function valueAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/** A CSV header must name every required column and no unknown one; reported once, on line 1. */
function checkCsvColumns(raw: RawFile, shape: Record<string, z.ZodType>): ContentProblem[] {
  const first = raw.items[0]?.value as Record<string, string> | undefined;
  const columns = first ? Object.keys(first) : [];
  const known = Object.keys(shape);
  const problems: ContentProblem[] = [];
  for (const column of columns) {
    if (known.includes(column)) continue;
    const guess = didYouMean(column, known);
    problems.push({
      file: raw.file,
      line: 1,
      field: column,
      expected: `only known columns (${known.join(', ')})`,
      found: `an unknown column "${column}"`,
      hint: guess
        ? `did you mean "${guess}"?`
        : 'remove the column, or ask for it to be added to the schema',
    });
  }
  for (const column of known) {
    if (columns.includes(column) || shape[column]?.safeParse(undefined).success) continue;
    problems.push({
      file: raw.file,
      line: 1,
      field: column,
      expected: `a column named "${column}" in the header`,
      found: 'no such column',
    });
  }
  return problems;
}

/** For a value outside a fixed list (an enum, a column type), the allowed value it resembles. */
function closestAllowed(issue: z.core.$ZodIssue, found: unknown): string | undefined {
  if (issue.code !== 'invalid_value' || typeof found !== 'string') return undefined;
  const allowed = issue.values.map(String);
  const lower = allowed.find((v) => v === found.trim().toLowerCase());
  const guess = lower ?? didYouMean(found, allowed);
  return guess ? `did you mean "${guess}"?` : undefined;
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  out?: z.ZodType;
  valueType?: z.ZodType;
};

/** The field names allowed where a path points inside a schema (nested groups and lists too). */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  const unwrap = (type: z.ZodType | undefined): Def | undefined => {
    let def = (type as unknown as { def?: Def } | undefined)?.def;
    while (def && ['optional', 'nullable', 'default', 'pipe'].includes(def.type))
      def = ((def.innerType ?? def.out) as unknown as { def?: Def } | undefined)?.def;
    return def;
  };
  for (const step of path) {
    const def = unwrap(current);
    current =
      typeof step === 'number' ? def?.element : (def?.shape?.[String(step)] ?? def?.valueType);
  }
  return Object.keys(unwrap(current)?.shape ?? {});
}

/** A null in a column that may not be unknown: say where unknowns are allowed. */
const nullHint = (found: unknown, context: HintContext) =>
  found === null
    ? `if the value is truly unknown, allow it with "unknown: allowed" in ${declarationOf(context)} and say why in note`
    : undefined;
