/**
 * Column names as editor choices: where a chart object names a dataset (`data: gdp`), the fields
 * that name one of its columns (`value`, `by`, the keys of `where`…) offer that dataset's columns,
 * only those the loader accepts there (numeric columns for `value`, never internal ones).
 */
import type { ColumnType, Declaration } from '../data/declaration.ts';
import { datasetNameSchema, type EditorContent, type JsonSchema } from './jsonSchema.ts';

/**
 * Field (a dotted path: `period.on`, `columns.items`) → the column types it accepts (any by
 * default) and extra words it accepts (`count`). `where` is special: its keys are columns, and
 * an enum column's values are offered as its values.
 */
export type ColumnRules = Record<string, { types?: readonly ColumnType[]; extra?: string[] }>;

const readable = (declaration: Declaration) =>
  Object.entries(declaration.columns).filter(([, c]) => !c.internal);

/** The columns a field may name (of the wanted types), plus extra words such as `count`. */
function choices(
  declaration: Declaration,
  types?: readonly ColumnType[],
  extra: readonly string[] = [],
): JsonSchema {
  const columns = readable(declaration).filter(([, c]) => !types || types.includes(c.type));
  if (columns.length + extra.length === 0)
    return { not: {}, errorMessage: `this dataset has no ${types?.join(' or ')} column` };
  return {
    enum: [...extra, ...columns.map(([name]) => name)],
    enumDescriptions: [
      ...extra.map((e) => EXTRA_WORDS[e] ?? e),
      ...columns.map(([, c]) => c.label),
    ],
  };
}

const EXTRA_WORDS: Record<string, string> = { count: 'count the rows' };

function whereChoices(declaration: Declaration): JsonSchema {
  const enums = readable(declaration).filter(([, c]) => c.type === 'enum' && c.values);
  return {
    propertyNames: choices(declaration),
    properties: Object.fromEntries(
      enums.map(([name, c]) => {
        const values = {
          enum: Object.keys(c.values ?? {}),
          enumDescriptions: Object.values(c.values ?? {}),
        };
        return [name, { anyOf: [values, { type: 'array', items: values }] }];
      }),
    ),
  };
}

/** Nests a schema under a dotted path: `period.on` → { properties: { period: { properties: { on } } } }. */
function nested(path: string, leaf: JsonSchema): JsonSchema {
  return path
    .split('.')
    .reverse()
    .reduce<JsonSchema>(
      (inner, step) => (step === 'items' ? { items: inner } : { properties: { [step]: inner } }),
      leaf,
    );
}

/** Merges nested `properties` of several one-field schemas into one. */
function merge(target: JsonSchema, source: JsonSchema): JsonSchema {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] =
      existing && typeof existing === 'object' && typeof value === 'object'
        ? merge(existing as JsonSchema, value as JsonSchema)
        : value;
  }
  return target;
}

/** One if/then branch per dataset: when `data` names it, its columns are the choices. */
export function datasetBranches(content: EditorContent, rules: ColumnRules): JsonSchema[] {
  return [
    { properties: { data: datasetNameSchema(content) } },
    ...content.datasets.map(({ name, declaration }) => ({
      if: { properties: { data: { const: name } }, required: ['data'] },
      then: Object.entries(rules).reduce<JsonSchema>((then, [path, rule]) => {
        if (path === 'where') return merge(then, nested('where', whereChoices(declaration)));
        const leaf = choices(declaration, rule.types, rule.extra);
        return merge(then, nested(path, leaf));
      }, {}),
    })),
  ];
}
