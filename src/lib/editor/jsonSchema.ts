/**
 * Turns the content schemas (zod) into JSON Schemas for editors: VS Code's YAML extension reads
 * them to offer completion, show each field's description on hover and underline mistakes as a
 * journalist types. The JSON Schema describes what a journalist writes (the input form), so a
 * value the loader converts first (a place code written 430000, a year written 2019) is described
 * as written, and lists the loader reads from content (place codes, datasets) become choices.
 */
import { z } from 'zod';
import type { Declaration } from '../data/declaration.ts';
import { PARTIAL_DATE } from '../format/partialDate.ts';

export type JsonSchema = { [key: string]: unknown };

/** What the editor schemas take from content: the choices completion offers. */
export interface EditorContent {
  /** Places a code may name: code and Chinese name, in the order of places.yaml. */
  places: readonly { code: string; name: string }[];
  /** Datasets a chart or a reference may name: name, data file and declaration. */
  datasets: readonly { name: string; file: string; declaration: Declaration }[];
}

/** A date as journalists write it; months 01–12 and days 01–31 (the loader checks the calendar). */
const DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
const DATE_WORDS = 'a date written 2020-04-23, or 2020-04 / 2020 when the day or month is unknown';
const PLACE_WORDS =
  'a six-digit place code listed in content/data/places.yaml, e.g. 430000 for Hunan';

/** A place code: any code of places.yaml, written as a number (or quoted), its name shown. */
export function placeCodeSchema(content: EditorContent): JsonSchema {
  if (content.places.length === 0)
    return {
      anyOf: [
        { type: 'integer', minimum: 100000, maximum: 999999, errorMessage: PLACE_WORDS },
        { type: 'string', pattern: '^\\d{6}$', patternErrorMessage: PLACE_WORDS },
      ],
    };
  const codes = content.places.map((p) => p.code);
  const names = content.places.map((p) => p.name);
  // Codes are offered as numbers, as the files write them; a quoted code is left to the check.
  return {
    anyOf: [
      {
        type: 'integer',
        enum: codes.map(Number),
        enumDescriptions: names,
        errorMessage: PLACE_WORDS,
      },
      { type: 'string', pattern: '^\\d{6}$', patternErrorMessage: PLACE_WORDS, doNotSuggest: true },
    ],
  };
}

export function dateSchema(): JsonSchema {
  return {
    anyOf: [
      { type: 'string', pattern: DATE_PATTERN, patternErrorMessage: DATE_WORDS },
      { type: 'integer', minimum: 1000, maximum: 9999 },
    ],
  };
}

/** The dataset names of content/data/ (and sources), each with its title. */
export function datasetNameSchema(content: EditorContent): JsonSchema {
  return {
    type: 'string',
    enum: content.datasets.map((d) => d.name),
    enumDescriptions: content.datasets.map((d) => d.declaration.title),
  };
}

/** Replaces a node's keywords in place, keeping its description. */
export function replace(json: JsonSchema, by: JsonSchema): void {
  const description = json['description'];
  for (const key of Object.keys(json)) Reflect.deleteProperty(json, key);
  Object.assign(json, by, description === undefined ? {} : { description });
}

/**
 * A value the loader converts before checking (z.preprocess) is described as journalists write
 * it: place codes and dates by their own schemas, other keys as a text or a whole number.
 */
function inputForm(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const def = (ctx.zodSchema as { _zod: { def: { type: string; in?: z.ZodType } } })._zod.def;
  if (def.type !== 'pipe' || def.in?._zod.def.type !== 'transform') return;
  const json = ctx.jsonSchema;
  if (json['pattern'] === '^\\d{6}$') replace(json, PLACE_REF);
  else if (json['pattern'] === PARTIAL_DATE.source) replace(json, dateSchema());
  else replace(json, { anyOf: [{ ...json, description: undefined }, { type: 'integer' }] });
}

/** The JSON Schema (draft-07, which the YAML extension supports) of a zod schema's input. */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => inputForm(ctx as never),
  }) as JsonSchema;
  delete json['$schema'];
  return JSON.parse(JSON.stringify(json)) as JsonSchema;
}

/** Place codes are described once per file (definitions.place) and referred to. */
const PLACE_REF = { allOf: [{ $ref: '#/definitions/place' }] };

/** A whole file's schema: the draft, a title for the editor, the body and its definitions. */
export function schemaFile(title: string, body: JsonSchema, content: EditorContent): JsonSchema {
  const definitions = {
    ...(body['definitions'] as JsonSchema | undefined),
    ...(JSON.stringify(body).includes('#/definitions/place')
      ? { place: placeCodeSchema(content) }
      : {}),
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title,
    ...body,
    ...(Object.keys(definitions).length > 0 ? { definitions } : {}),
  };
}
