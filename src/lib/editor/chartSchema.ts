/**
 * The editor schema of chart files (content/charts/*.yaml): one schema for every kind. `kind`
 * offers the kinds by name (with their Chinese names); the fields every chart has are described
 * once, and each kind's own fields apply when `kind` names it. Where a chart names a dataset,
 * the dataset's columns become the choices of the fields that name columns.
 */
import {
  CHART_KINDS,
  chartKinds,
  kindSchema,
  type ChartKindName,
} from '../charts/kinds/registry.ts';
import { metricSchema } from '../charts/kinds/metric.ts';
import { commonFields } from '../charts/kinds/types.ts';
import { datasetBranches, type ColumnRules } from './columnChoices.ts';
import {
  replace,
  schemaFile,
  toJsonSchema,
  type EditorContent,
  type JsonSchema,
} from './jsonSchema.ts';

const METRIC: ColumnRules = {
  value: { types: ['count', 'amount', 'percent', 'number'], extra: ['count'] },
  by: {},
  where: {},
  'period.on': { types: ['date', 'year'] },
};
const LAYER: ColumnRules = {
  date: { types: ['date', 'year'] },
  label: {},
  lane: {},
  colour: { types: ['enum'] },
  where: {},
};

/**
 * Where each kind names a dataset (`data:`): the path to that object, and its column fields.
 * Metrics, the same in every kind that has them, are described once (`definitions.metric`).
 */
const DATASET_OBJECTS: Record<ChartKindName, [string[], ColumnRules | 'metric'][]> = {
  choropleth: [[['metrics', 'items'], 'metric']],
  bar: [[['metrics', 'items'], 'metric']],
  scatter: [
    [['x'], 'metric'],
    [['metrics', 'items'], 'metric'],
  ],
  line: [
    [[], { x: {}, value: { types: ['count', 'amount', 'percent', 'number'] }, by: {}, where: {} }],
  ],
  timeline: [
    [[], LAYER],
    [['also', 'items'], LAYER],
  ],
  table: [[[], { 'columns.items': {}, where: {} }]],
};

type ObjectSchema = JsonSchema & { properties: Record<string, JsonSchema>; required?: string[] };

/** The node at a path of property names and `items` steps. */
function at(schema: JsonSchema, path: readonly string[]): JsonSchema {
  return path.reduce<JsonSchema>(
    (node, step) =>
      (step === 'items'
        ? node['items']
        : (node['properties'] as Record<string, JsonSchema>)[step]) as JsonSchema,
    schema,
  );
}

/** One kind's fields as a JSON Schema, with its datasets' columns as choices. */
function kindJson(kind: ChartKindName, content: EditorContent): ObjectSchema {
  const json = toJsonSchema(kindSchema(kind)) as ObjectSchema;
  for (const [path, rules] of DATASET_OBJECTS[kind]) {
    const target = at(json, path);
    if (rules !== 'metric') {
      Object.assign(target, { allOf: datasetBranches(content, rules) });
      continue;
    }
    replace(target, { allOf: [{ $ref: '#/definitions/metric' }] });
  }
  return json;
}

const KIND_HELP =
  'The kind of chart: choropleth (地图), bar (条形图), scatter (散点图), line (折线图), timeline (时间线) or table (表格). Written in lower case.';

/** The chart file schema. */
export function chartFileSchema(content: EditorContent): JsonSchema {
  const kinds = CHART_KINDS.map((kind) => [kind, kindJson(kind, content)] as const);
  const common = new Set(Object.keys(commonFields));
  const own = (json: ObjectSchema) =>
    Object.keys(json.properties).filter((f) => f !== 'kind' && !common.has(f));
  const [[, first]] = kinds as unknown as [[ChartKindName, ObjectSchema]];
  const properties: Record<string, JsonSchema> = {
    kind: {
      description: KIND_HELP,
      type: 'string',
      enum: CHART_KINDS,
      enumDescriptions: CHART_KINDS.map((k) => chartKinds[k].label),
    },
    ...Object.fromEntries([...common].map((f) => [f, first.properties[f] ?? {}])),
  };
  // Each kind's own fields are listed here so no other field is allowed; the kind's branch
  // below describes them fully (and the editor suggests them only there).
  const specific = [...new Set(kinds.flatMap(([, json]) => own(json)))];
  for (const field of specific) {
    const users = kinds.filter(([, json]) => own(json).includes(field)).map(([k]) => k);
    properties[field] = {
      description: `A field of ${users.join(', ')} charts.`,
      doNotSuggest: true,
    };
  }
  const branches = kinds.map(([kind, json]) => ({
    if: { properties: { kind: { const: kind } }, required: ['kind'] },
    then: {
      properties: Object.fromEntries(
        specific.map((f) => [f, own(json).includes(f) ? json.properties[f] : false]),
      ),
      required: (json.required ?? []).filter((f) => f !== 'kind' && !common.has(f)),
      // A kind whose chart itself names a dataset (line, timeline, table) offers its columns.
      ...(json['allOf'] ? { allOf: json['allOf'] } : {}),
    },
  }));
  return schemaFile(
    'Chart file (content/charts/*.yaml)',
    {
      type: 'object',
      properties,
      required: ['kind', ...(first.required ?? []).filter((f) => common.has(f))],
      additionalProperties: false,
      allOf: branches,
      definitions: {
        metric: { ...toJsonSchema(metricSchema), allOf: datasetBranches(content, METRIC) },
      },
    },
    content,
  );
}
