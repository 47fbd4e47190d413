import { z } from 'zod';
import { DATASET_NAMES } from '../data/datasetNames.ts';
import { placeCode, slug, sourceIds, text } from './common.ts';

export const CHART_KINDS = ['choropleth', 'scatter', 'timeline', 'bar', 'table'] as const;

const scalar = z.union([z.string(), z.number(), z.boolean()], {
  error: 'a text, a number or true/false',
});

/**
 * A measure per place, computed from one dataset: the sum of a numeric field, or the number of
 * rows, over the rows that match `where`, grouped by province or city.
 */
export const metricSchema = z.strictObject({
  /** Short id used in links (`?metric=filings`). */
  id: slug(),
  /** Label shown to readers, e.g. 区块链信息服务备案数. */
  label: text(),
  /** Unit shown after values, e.g. 项, 个, 亿元, %. */
  unit: text(),
  /** Dataset the values come from, e.g. filingProvinces. */
  data: z.enum(DATASET_NAMES, { error: `one of the datasets: ${DATASET_NAMES.join(', ')}` }),
  /** A numeric field to add up, or `count` to count the rows. */
  value: text(),
  /** Only rows whose fields equal these values (a list means any of them). */
  where: z
    .record(z.string(), z.union([scalar, z.array(scalar)]), { error: 'field: value lines' })
    .optional(),
  /** Group by province (default), city, or any other field of the dataset (e.g. domain_zh). */
  by: text().default('province'),
  /**
   * Places whose rows are known to be complete. Elsewhere a place with no rows has no data
   * (drawn hatched), and a count is a lower bound ("at least"), never a zero.
   */
  complete_for: z
    .union([z.literal('all'), z.array(placeCode())], { error: 'all, or a list of place codes' })
    .default('all'),
});

/** One chart definition: content/charts/<id>.yaml. */
export const chartSchema = z
  .strictObject({
    kind: z.enum(CHART_KINDS, { error: `one of: ${CHART_KINDS.join(', ')}` }),
    /** The headline: says what the chart shows, in Chinese. */
    title: text(),
    /** What is measured, where and when. */
    subtitle: text().optional(),
    /** A hand-written one-sentence summary that replaces the generated one. */
    description: text().optional(),
    /** Measures a reader can switch between (choropleth, bar), or the y measures (scatter). */
    metrics: z
      .array(metricSchema, { error: 'a list of metrics' })
      .min(1, { error: 'at least one metric' })
      .optional(),
    /** The x measure of a scatter plot, e.g. GDP in 2019. */
    x: metricSchema.optional(),
    /** Scatter: log scales on both axes. */
    log: z.boolean({ error: 'true or false' }).optional(),
    /** The story's subject, drawn in the accent colour, e.g. 430000. */
    highlight: placeCode().optional(),
    /** Choropleth: also draw prefecture boundaries and mark these cities. */
    cities: z.array(placeCode(), { error: 'a list of city codes' }).optional(),
    /** Timeline and table: which dataset. */
    data: z
      .enum(DATASET_NAMES, { error: `one of the datasets: ${DATASET_NAMES.join(', ')}` })
      .optional(),
    /** Table: which fields, in order. */
    columns: z.array(text(), { error: 'a list of field names' }).optional(),
    /** Timeline and table: only rows whose fields equal these values. */
    where: z
      .record(z.string(), z.union([scalar, z.array(scalar)]), { error: 'field: value lines' })
      .optional(),
    /** Notes printed under the chart. */
    notes: z.array(text(), { error: 'a list of notes' }).optional(),
    /** Sources beyond those of the rows plotted. */
    sources: sourceIds().optional(),
  })
  .superRefine((chart, ctx) => {
    const need = (field: 'metrics' | 'x' | 'data', why: string) => {
      if (chart[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: why });
    };
    if (chart.kind === 'choropleth' || chart.kind === 'bar')
      need('metrics', `at least one metric for a ${chart.kind} chart`);
    if (chart.kind === 'scatter') {
      need('x', 'an x metric for a scatter chart (e.g. GDP)');
      need('metrics', 'at least one y metric for a scatter chart');
    }
    if (chart.kind === 'timeline' || chart.kind === 'table')
      need('data', `the dataset a ${chart.kind} shows`);
  });

export type ChartDefinition = z.infer<typeof chartSchema>;
export type Metric = z.infer<typeof metricSchema>;
