/**
 * A metric: a measure per place (or per group), computed from one dataset as the sum of a
 * numeric column or the number of rows, over the rows that match `where`. Maps, bars and
 * scatter plots are built from metrics.
 */
import { z } from 'zod';
import type { ContentSet } from '../../data/contentSet.ts';
import { isInteger } from '../../data/declaration.ts';
import { placeCode, slug, text } from '../../schema/common.ts';
import { computeMetric, provinceOf, rowsWhere, type PlaceValue } from '../measure.ts';

const scalar = z.union([z.string(), z.number(), z.boolean()], {
  error: 'a text, a number or true/false',
});

/** Only rows whose fields equal these values (a list means any of them). */
export const whereSchema = z
  .record(z.string(), z.union([scalar, z.array(scalar)]), { error: 'field: value lines' })
  .optional();

export const metricSchema = z.strictObject(
  {
    /** Short id used in links (`/charts/<chart>/<metric>/`). */
    id: slug(),
    /** Label shown to readers; the value column's declared label by default. */
    label: text().optional(),
    /** The figure's title while this metric is shown; the chart's title by default. */
    title: text().optional(),
    /** The figure's subtitle while this metric is shown; the chart's subtitle by default. */
    subtitle: text().optional(),
    /** Notes printed under the chart while this metric is shown, instead of the chart's. */
    notes: z.array(text(), { error: 'a list of notes' }).optional(),
    /** Unit shown after values; the value column's declared unit by default. */
    unit: text().optional(),
    /** The dataset the values come from: its file name in content/data/, e.g. gdp. */
    data: text(),
    /** A numeric column to add up, or `count` to count the rows. */
    value: text(),
    where: whereSchema,
    /** Group by province (default), city, or any other column of the dataset (a year, a domain…). */
    by: z.union([text(), z.number()]).transform(String).default('province'),
    /**
     * Places whose rows are known to be complete. Elsewhere a place with no rows has no data
     * (drawn hatched), and a count is a lower bound ("at least"), never a zero.
     */
    complete_for: z
      .union([z.literal('all'), z.array(placeCode())], { error: 'all, or a list of place codes' })
      .default('all'),
  },
  { error: 'a metric: id, data and value lines (and label, unit, where, by as needed)' },
);

export type Metric = z.infer<typeof metricSchema>;

export interface MetricMeta {
  id: string;
  label: string;
  unit: string;
  integer: boolean;
  /** What the figure says while this metric is shown, where the chart file sets it. */
  title?: string;
  subtitle?: string;
  notes?: string[];
}

export interface Measured {
  meta: MetricMeta;
  values: PlaceValue[];
}

/** Label, unit and integer-ness of a metric, from the chart file or the declared column. */
export function metricMeta(metric: Metric, content: ContentSet): MetricMeta {
  const column = content.datasets.get(metric.data)?.declaration.columns[metric.value];
  return {
    id: metric.id,
    label: metric.label ?? column?.label ?? metric.id,
    unit: metric.unit ?? column?.unit ?? '',
    integer: metric.value === 'count' || isInteger(column),
    ...(metric.title ? { title: metric.title } : {}),
    ...(metric.subtitle ? { subtitle: metric.subtitle } : {}),
    ...(metric.notes ? { notes: metric.notes } : {}),
  };
}

/**
 * The places (or groups) a metric shows. The six central provinces always appear (a gap is
 * shown, not dropped); other provinces, cities and groups appear when they have rows.
 */
export function placesFor(
  metric: Metric,
  content: ContentSet,
  central: readonly string[],
): string[] {
  const rows = rowsWhere(content, metric.data, metric.where);
  const present = [...new Set(rows.map((r) => String(r[metric.by])))];
  if (metric.by === 'province') {
    const base = metric.where?.['province'] === undefined ? central : [];
    return [...base, ...present.filter((code) => !base.includes(code))];
  }
  if (metric.by === 'city')
    return present.filter((code) => central.includes(provinceOf(code, content)));
  // Years and other numbers in order; other groups as they first appear.
  return present.every((v) => /^-?\d+(\.\d+)?$/.test(v))
    ? present.sort((a, b) => Number(a) - Number(b))
    : present;
}

export function measure(metric: Metric, content: ContentSet, central: readonly string[]): Measured {
  return {
    meta: metricMeta(metric, content),
    values: computeMetric(metric, content, placesFor(metric, content, central)),
  };
}
