/**
 * The declaration of a dataset, written by journalists beside the data file
 * (`content/data/<name>.schema.yaml`): what each column holds, in the vocabulary of the newsroom
 * (place code, year, count, amount, percent, date, enum with Chinese labels…), its Chinese label
 * and unit, whether it may be unknown, the key, and the datasets it refers to. It is the one truth
 * for validation, table headings, CSV headers and labels.
 */
import { z } from 'zod';
import { slug, text } from '../schema/common.ts';

/** The column types a declaration can use, in the words of content/README.md. */
export const COLUMN_TYPES = [
  'id',
  'text',
  'note',
  'place',
  'year',
  'count',
  'amount',
  'percent',
  'number',
  'date',
  'enum',
  'boolean',
  'sources',
  'ref',
  'url',
  'list',
  'value',
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** Units an amount of money can be in. */
export const MONEY_UNITS = ['亿元', '万元', '元'] as const;

const scalar = z.union([z.string(), z.number(), z.boolean()], {
  error: 'a text, a number or true/false',
});

const columnFields = {
  type: z
    .enum(COLUMN_TYPES, { error: `one of the column types: ${COLUMN_TYPES.join(', ')}` })
    .describe('What the column holds: its type decides how values are checked and shown.'),
  label: text().describe('The heading readers see, in Chinese.'),
  unit: text().optional().describe('Unit shown after values: 亿元, 项, 个, %…'),
  unknown: z
    .literal('allowed', { error: 'allowed (or leave the line out)' })
    .optional()
    .describe('`allowed`: the value may be null (unknown); the row must then say why in its note.'),
  optional: z
    .boolean({ error: 'true or false' })
    .optional()
    .describe('true: the field may be left out of a row.'),
  values: z
    .record(z.string(), text(), { error: 'value: 中文标签 lines' })
    .optional()
    .describe('enum: each allowed value and its Chinese label.'),
  to: slug().optional().describe('ref: the dataset whose key this column holds.'),
  pattern: text().optional().describe('text: a pattern (regular expression) the value must match.'),
  expected: text()
    .optional()
    .describe('text with a pattern: the words that describe a good value, for the error message.'),
  min: z
    .number({ error: 'a number' })
    .optional()
    .describe('Numbers: the smallest value allowed; lists: the fewest items.'),
  required_unless: z
    .record(z.string(), z.union([scalar, z.array(scalar)]), { error: 'field: value lines' })
    .optional()
    .describe('The field must be given unless another field has one of these values.'),
  description: text().optional().describe('What the column means, for the guide and editors.'),
  internal: z
    .boolean({ error: 'true or false' })
    .optional()
    .describe(
      'true: for the newsroom only (research notes, leads to check). The column never reaches a page, a tooltip, an export or the search index, and no chart may show it.',
    ),
  decimals: z
    .number({ error: 'a whole number, e.g. 2' })
    .int()
    .min(0)
    .max(6)
    .optional()
    .describe(
      'Numbers: the decimals to show, when a figure must keep the precision it was published with.',
    ),
};

/** A column inside a list of records (e.g. the claims of a conflict). */
export const innerColumnSchema = z.strictObject({
  ...columnFields,
  of: z
    .enum(COLUMN_TYPES, { error: `one of the column types: ${COLUMN_TYPES.join(', ')}` })
    .optional()
    .describe('list: the type of each item.'),
});

export const columnSchema = z.strictObject({
  ...columnFields,
  of: innerColumnSchema.shape.of,
  fields: z
    .record(z.string(), innerColumnSchema, { error: 'field: { type, label } lines' })
    .optional()
    .describe('list: the fields of each item, when items are records.'),
});

export const declarationSchema = z.strictObject({
  title: text().describe("The dataset's name on the data page, in Chinese."),
  title_en: text().optional().describe("The dataset's name in English, for the newsroom."),
  description: text().describe(
    'One or two sentences: what a row is and where the numbers come from.',
  ),
  key: z
    .union([text(), z.array(text()).min(1)], { error: 'a column name, or a list of them' })
    .describe('The column, or columns, that identify a row; each key appears once in the file.'),
  columns: z
    .record(z.string(), columnSchema, { error: 'column: { type, label } lines' })
    .describe('One line per column, in the order readers see them: name: { type, label }.'),
  empty: z
    .literal('allowed', { error: 'allowed (or leave the line out)' })
    .optional()
    .describe(
      '`allowed`: the YAML file may hold an empty list `[]` (a log with nothing in it yet, such as corrections.yaml).',
    ),
  adds_up_to: z
    .strictObject({ dataset: slug(), column: text(), match: z.array(text()).min(1) })
    .optional()
    .describe(
      "The rows add up to another dataset's total: the sum of `column` over the rows that share the `match` columns must equal that dataset's `column` (e.g. city filings → the province total).",
    ),
});

export type InnerColumn = z.infer<typeof innerColumnSchema>;
export type Column = z.infer<typeof columnSchema>;
export type Declaration = z.infer<typeof declarationSchema>;

/** The key columns of a declaration, as a list. */
export function keyColumns(declaration: Declaration): string[] {
  return typeof declaration.key === 'string' ? [declaration.key] : declaration.key;
}

/** The columns readers may see, in declared order: every column not marked `internal: true`. */
export function publicColumns(declaration: Pick<Declaration, 'columns'>): string[] {
  return Object.entries(declaration.columns)
    .filter(([, column]) => !column.internal)
    .map(([name]) => name);
}

/** Whether values of a column are whole numbers (counts and years): no decimals in legends. */
export function isInteger(column: Pick<Column, 'type'> | undefined): boolean {
  return column?.type === 'count' || column?.type === 'year';
}

/** Whether a column holds numbers a chart can add up or plot. */
export function isNumeric(column: Pick<Column, 'type'> | undefined): boolean {
  return ['count', 'amount', 'percent', 'number', 'year'].includes(column?.type ?? '');
}

/** The dataset a column refers to, if any: places for place codes, sources for source ids. */
export function referenceTarget(column: Pick<Column, 'type' | 'to'>): string | undefined {
  if (column.type === 'place') return 'places';
  if (column.type === 'sources') return 'sources';
  if (column.type === 'ref') return column.to;
  return undefined;
}
