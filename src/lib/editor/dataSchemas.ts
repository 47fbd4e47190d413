/**
 * Editor schemas of the data side: declarations (content/data/*.schema.yaml and
 * content/sources.schema.yaml), and each YAML dataset's rows (content/data/<name>.yaml,
 * content/sources.yaml) built from its own declaration with the loader's row schema. A column's
 * label, unit, type and description show on hover; enum values offer their Chinese labels.
 */
import {
  COLUMN_TYPES,
  declarationSchema,
  keyColumns,
  type ColumnType,
  type Declaration,
} from '../data/declaration.ts';
import { rowSchema } from '../data/rowSchema.ts';
import {
  datasetNameSchema,
  placeCodeSchema,
  replace,
  schemaFile,
  toJsonSchema,
  type EditorContent,
  type JsonSchema,
} from './jsonSchema.ts';

/** Each column type in a few words, as completion shows it after `type:`. */
const COLUMN_TYPE_HELP: Record<ColumnType, string> = {
  id: 'a stable identifier: lower-case letters, digits and hyphens',
  text: 'any text, not empty (pattern and expected can restrict it)',
  note: 'why a value is unknown, caveats; required in a row that has a null',
  place: 'a GB/T 2260 place code listed in places.yaml, e.g. 430000',
  year: 'a year written as four digits, 1949–2100',
  count: 'a whole number, 0 or more',
  amount: 'money, 0 or more; needs unit: 亿元, 万元 or 元',
  percent: 'a percentage written as a number, from -100 to 1000',
  number: 'any other number, negative allowed',
  date: 'a date: 2020-04-27, or 2020-04 / 2020 when the day or month is unknown',
  enum: 'one of a fixed set of words; needs values:',
  boolean: 'true or false',
  sources: 'one or more ids from sources.yaml',
  ref: 'the key of a row in another dataset; needs to:',
  url: 'a web address starting with http:// or https://',
  list: 'several values: of: a type (text by default), or fields: for records',
  value: 'any one value (a number, a text, true/false or null), e.g. a corrected figure',
};

type Node = JsonSchema & { properties?: Record<string, Node>; additionalProperties?: Node };

/** Adds the type descriptions to every `type:` and `of:` choice of a declaration schema. */
function describeTypes(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const json = node as JsonSchema;
  if (Array.isArray(json['enum']) && json['enum'].join() === COLUMN_TYPES.join())
    json['enumDescriptions'] = COLUMN_TYPES.map((t) => COLUMN_TYPE_HELP[t]);
  for (const value of Object.values(json)) describeTypes(value);
}

/** The schema of a declaration file. */
export function declarationFileSchema(content: EditorContent): JsonSchema {
  const json = toJsonSchema(declarationSchema) as Node;
  describeTypes(json);
  const dataset = datasetNameSchema(content);
  const column = json.properties?.['columns']?.additionalProperties;
  for (const to of [
    column?.properties?.['to'],
    json.properties?.['adds_up_to']?.properties?.['dataset'],
  ])
    if (to) Object.assign(to, dataset, { description: to['description'] });
  return schemaFile('Dataset declaration (content/data/<name>.schema.yaml)', json, content);
}

/** What hover shows for a column: its label and unit, what it holds, and its note. */
function columnHelp(name: string, column: Declaration['columns'][string]): string {
  const unit = column.unit ? `（${column.unit}）` : '';
  const kind = column.type === 'list' && column.of ? `list of ${column.of}` : column.type;
  const rules = [
    column.unknown === 'allowed' ? "May be null (unknown): the row's note says why." : '',
    column.optional ? 'May be left out.' : '',
    column.internal ? 'Newsroom only: never shown to readers.' : '',
  ];
  return [`${column.label}${unit} — ${name}: ${kind}.`, column.description, ...rules]
    .filter(Boolean)
    .join(' ');
}

/** A row that leaves a value unknown (null) must say why in note or internal_note. */
function noteRule(declaration: Declaration): JsonSchema[] {
  const hasNote = Object.values(declaration.columns).some((c) => c.type === 'note');
  const nullable = Object.entries(declaration.columns).filter(([, c]) => c.unknown === 'allowed');
  if (!hasNote || nullable.length === 0) return [];
  const notes = ['note', 'internal_note'].filter((n) => declaration.columns[n]);
  return [
    {
      if: {
        anyOf: nullable.map(([name]) => ({
          properties: { [name]: { type: 'null' } },
          required: [name],
        })),
      },
      then: { anyOf: notes.map((n) => ({ required: [n] })) },
    },
  ];
}

/** required_unless: the field is required unless another field has one of the given values. */
function requiredUnless(declaration: Declaration): JsonSchema[] {
  return Object.entries(declaration.columns).flatMap(([name, column]) =>
    column.required_unless
      ? [
          {
            if: {
              anyOf: Object.entries(column.required_unless).map(([field, wanted]) => ({
                // A value may be written as a number or as text (2019 or '2019').
                properties: {
                  [field]: { enum: [...new Set([wanted].flat().flatMap((w) => [w, String(w)]))] },
                },
                required: [field],
              })),
            },
            else: { required: [name] },
          },
        ]
      : [],
  );
}

/** The schema of a YAML data file: a list of rows, each as its declaration says. */
export function rowsFileSchema(
  name: string,
  declaration: Declaration,
  content: EditorContent,
): JsonSchema {
  const row = toJsonSchema(rowSchema(declaration)) as Node;
  const keys = keyColumns(declaration);
  for (const [column, definition] of Object.entries(declaration.columns)) {
    const property = row.properties?.[column];
    if (!property) continue;
    // A place that is this file's key (places.yaml's code) is new when written: any code fits.
    if (definition.type === 'place' && keys.includes(column))
      replace(property, placeCodeSchema({ ...content, places: [] }));
    property['description'] = columnHelp(column, definition);
    if (definition.type === 'enum' && definition.values)
      Object.assign(property, { enumDescriptions: Object.values(definition.values) });
  }
  const rules = [...noteRule(declaration), ...requiredUnless(declaration)];
  return schemaFile(
    `${declaration.title} (${name})`,
    {
      description: declaration.description,
      type: 'array',
      items: rules.length > 0 ? { ...row, allOf: rules } : row,
    },
    content,
  );
}
