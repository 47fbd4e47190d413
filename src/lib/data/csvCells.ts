import type { z } from 'zod';

type CellKind = 'number' | 'boolean' | 'list' | 'text';

/** What a column holds, read from its zod schema (through optional, nullable and preprocess). */
export function cellKind(schema: z.ZodType): CellKind {
  const def = (
    schema as unknown as { def: { type: string; innerType?: z.ZodType; out?: z.ZodType } }
  ).def;
  switch (def.type) {
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'list';
    case 'optional':
    case 'nullable':
    case 'default':
      return def.innerType ? cellKind(def.innerType) : 'text';
    case 'pipe':
      return def.out ? cellKind(def.out) : 'text';
    default:
      return 'text';
  }
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Turns one CSV cell into the value its column expects. An empty cell is absent, the word
 * `null` is an explicit unknown, lists are separated by `;`. A cell that does not read as its
 * kind is passed on as text, so validation reports it with what was found.
 * @example cellValue('13', 'number') // 13
 * @example cellValue('a; b', 'list') // ['a', 'b']
 */
export function cellValue(cell: string, kind: CellKind): unknown {
  const trimmed = cell.trim();
  if (trimmed === '') return undefined;
  if (trimmed === 'null') return null;
  switch (kind) {
    case 'number':
      return PLAIN_NUMBER.test(trimmed) ? Number(trimmed) : cell;
    case 'boolean':
      return trimmed === 'true' ? true : trimmed === 'false' ? false : cell;
    case 'list':
      return trimmed
        .split(';')
        .map((part) => part.trim())
        .filter((part) => part !== '');
    case 'text':
      return cell;
  }
}

/** Converts a CSV record of cell texts using the schema's column kinds; unknown columns stay text. */
export function coerceRecord(
  record: Record<string, string>,
  shape: Record<string, z.ZodType>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(record)) {
    const fieldSchema = shape[column];
    const value = cellValue(cell, fieldSchema ? cellKind(fieldSchema) : 'text');
    if (value !== undefined) out[column] = value;
  }
  return out;
}
