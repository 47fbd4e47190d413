/**
 * Every chart kind, by the name chart files use after `kind:`. Adding a kind is one module in
 * this folder, one line here, and one renderer in src/server/render/renderers.ts (the compiler
 * points to it: that registry must have an entry for each name here).
 */
import { z } from 'zod';
import { bar } from './bar.ts';
import { choropleth } from './choropleth.ts';
import { line } from './line.ts';
import { scatter } from './scatter.ts';
import { table } from './table.ts';
import { timeline } from './timeline.ts';
import { commonFields, type ChartKind, type ChartModel, type Definition } from './types.ts';

export const chartKinds = {
  choropleth,
  bar,
  scatter,
  line,
  timeline,
  table,
};

export type ChartKindName = keyof typeof chartKinds;
export const CHART_KINDS = Object.keys(chartKinds) as ChartKindName[];

type FieldsOf<K extends ChartKindName> = (typeof chartKinds)[K]['fields'];
export type SpecOf<K extends ChartKindName> =
  (typeof chartKinds)[K] extends ChartKind<z.ZodRawShape, infer S> ? S : never;
export type DefinitionOf<K extends ChartKindName> = Definition<FieldsOf<K>> & { kind: K };

/** A chart file's schema for one kind: the common fields and the kind's own. */
export function kindSchema(kind: ChartKindName): z.ZodObject {
  return z.strictObject({ kind: z.literal(kind), ...commonFields, ...chartKinds[kind].fields });
}

/** The whole chart schema, one member per kind (for types and editor schemas). */
export const chartSchema = z.discriminatedUnion(
  'kind',
  CHART_KINDS.map(kindSchema) as unknown as [z.ZodObject, ...z.ZodObject[]],
);

/** A loaded chart: its definition and its built model, typed together by kind. */
export type BuiltChart = {
  [K in ChartKindName]: { kind: K; definition: DefinitionOf<K>; model: ChartModel<SpecOf<K>> };
}[ChartKindName];
