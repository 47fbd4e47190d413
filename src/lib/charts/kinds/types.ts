/**
 * The contract every chart kind keeps. A kind declares the fields of its chart files, checks the
 * references they make, and builds a model from the content: pure data (views, summaries, table
 * and CSV rows, the source ids it used), returned rather than collected on the side.
 */
import type { Topology } from 'topojson-specification';
import { z } from 'zod';
import type { ContentProblem } from '../../data/contentError.ts';
import type { ContentSet } from '../../data/contentSet.ts';
import type { FieldPath } from '../../data/rawItems.ts';
import type { TableCell } from '../../data/tableView.ts';
import type { TileLayout } from '../../geo/tiles.ts';
import { placeCode, sourceIds, text } from '../../schema/common.ts';
import type { Annotation } from './annotations.ts';
import { annotationSchema } from './annotations.ts';

/** `data:` in kinds that draw one dataset's rows directly (line, timeline, table). */
export const datasetField = () =>
  z
    .string({ error: 'the name of a dataset in content/data/' })
    .describe('The dataset: its file name in content/data/.');

/** Fields every chart file may have, whatever its kind. */
export const commonFields = {
  title: text().describe('The headline: says what the chart shows, in Chinese.'),
  subtitle: text().optional().describe('What is measured, where and when.'),
  description: text()
    .optional()
    .describe('A hand-written one-sentence summary that replaces the generated one.'),
  highlight: placeCode()
    .optional()
    .describe("The story's subject, drawn in the accent colour, e.g. 430000."),
  annotations: z
    .array(annotationSchema, { error: 'a list of annotations' })
    .optional()
    .describe('Short texts pointing at a place, a point or a date, drawn on the chart.'),
  notes: z
    .array(text(), { error: 'a list of notes' })
    .optional()
    .describe('Notes printed under the chart.'),
  sources: sourceIds().optional().describe('Sources beyond those of the rows plotted.'),
};

export type CommonFields = z.infer<z.ZodObject<typeof commonFields>>;

/** Where a chart file's fields are: for problems that name the line. */
export interface CheckContext {
  content: ContentSet;
  file: string;
  /** The tile map's layout (content/geo/tiles.yaml), for maps drawn as tiles. */
  tiles: TileLayout;
  at(path: FieldPath): { file: string; line: number; field: string };
}

/** What a kind's build reads: the content, and place names for labels. */
export interface BuildContext {
  id: string;
  content: ContentSet;
  /** Place code → short Chinese name. */
  names: ReadonlyMap<string, string>;
  /** The codes of the six central provinces, in the order of places. */
  central: readonly string[];
  /** The map geometry (content/geo), for kinds that draw maps. */
  geo: Topology;
  /** The tile map's layout (content/geo/tiles.yaml), for maps drawn as tiles. */
  tiles: TileLayout;
}

export interface ModelView<Spec> {
  /** Metric id for switchable views; undefined when the chart has a single view. */
  metric?: string;
  label?: string;
  summary: string;
  spec: Spec;
  /** Overrides of the chart's title, subtitle and notes while this view is shown. */
  title?: string;
  subtitle?: string;
  notes?: string[];
  /** Source ids of the values this view shows (its credit line). */
  sources: string[];
  /**
   * Set when the view cannot show a comparison (fewer than three known values, or all equal):
   * it is not drawn as a chart, and the figure lists these place: value lines instead.
   */
  list?: ViewListItem[];
}

/** One line of a view shown as a list: a place (or group) and its value as readers read it. */
export interface ViewListItem {
  name: string;
  text: string;
}

export interface ChartModel<Spec> {
  /** One view per metric for charts a reader can switch; the first is the default. */
  views: ModelView<Spec>[];
  /** Whether switching swaps whole SVGs, recolours one (maps), or there is nothing to switch. */
  switchMode: 'none' | 'recolour' | 'swap';
  table: { columns: string[]; rows: TableCell[][] };
  /** The rows plotted, as raw values with their source ids: what /data/<id>.csv holds. */
  csv: { columns: string[]; rows: (string | number | null)[][] };
  /** Source ids of every value the chart shows. */
  sources: string[];
  annotations: Annotation[];
}

export interface ChartKind<Fields extends z.ZodRawShape, Spec> {
  /** What readers call it, in Chinese (chart index, metadata). */
  label: string;
  /** The fields of this kind's chart files, beyond the common ones. */
  fields: Fields;
  /** References the file makes that the schema cannot see: datasets, fields, values. */
  check(definition: Definition<Fields>, context: CheckContext): ContentProblem[];
  build(definition: Definition<Fields>, context: BuildContext): ChartModel<Spec>;
}

export type Definition<Fields extends z.ZodRawShape> = CommonFields & z.infer<z.ZodObject<Fields>>;

/** Declares a kind with its types inferred from its fields. */
export const defineKind = <Fields extends z.ZodRawShape, Spec>(kind: ChartKind<Fields, Spec>) =>
  kind;
