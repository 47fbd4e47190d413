/**
 * A metric: a measure per place (or per group), computed from one dataset as the sum of a
 * numeric column or the number of rows, over the rows that match `where`. Maps, bars and
 * scatter plots are built from metrics.
 */
import { z } from 'zod';
import type { ContentSet } from '../../data/contentSet.ts';
import { isInteger } from '../../data/declaration.ts';
import { placeCode, slug, text } from '../../schema/common.ts';
import { computeMetric, keyOf, metricRows, provinceOf, type PlaceValue } from '../measure.ts';
import { calendarMistake } from '../../format/calendar.ts';
import { DATE_TEXT } from '../period.ts';

const scalar = z.union([z.string(), z.number(), z.boolean()], {
  error: 'a text, a number or true/false',
});

export const whereSchema = z
  .record(z.string(), z.union([scalar, z.array(scalar)]), { error: 'field: value lines' })
  .optional()
  .describe(
    'Only rows whose fields equal these values (a list means any of them), e.g. { year: 2019 }.',
  );

const dateText = z
  .union([z.string(), z.number()])
  .transform(String)
  .refine((v) => DATE_TEXT.test(v), {
    error: 'a year, month or day: 2018, 2018-01 or 2018-01-15',
    abort: true,
  })
  .refine((v) => calendarMistake(v) === undefined, {
    error: (issue) => calendarMistake(String(issue.input)) ?? 'a date in the calendar',
  });

/** Only rows dated inside these ends (inclusive) count; `on` is the date column (default: the dataset's). */
export const periodSchema = z.strictObject(
  {
    from: dateText.describe('The first year, month or day that counts, e.g. 2018-01.'),
    to: dateText.describe('The last year, month or day that counts, e.g. 2020-05.'),
    on: text().optional().describe("The date column; the dataset's date column by default."),
  },
  { error: 'from and to lines (e.g. from: 2018-01, to: 2020-05)' },
);

export const metricSchema = z.strictObject(
  {
    id: slug().describe('Short id used in links (`/charts/<chart>/<metric>/`).'),
    label: text()
      .optional()
      .describe("Label shown to readers; the value column's declared label by default."),
    title: text()
      .optional()
      .describe("The figure's title while this metric is shown; the chart's title by default."),
    subtitle: text()
      .optional()
      .describe(
        "The figure's subtitle while this metric is shown; the chart's subtitle by default.",
      ),
    notes: z
      .array(text(), { error: 'a list of notes' })
      .optional()
      .describe(
        "Notes printed under the chart while this metric is shown, instead of the chart's.",
      ),
    unit: text()
      .optional()
      .describe("Unit shown after values; the value column's declared unit by default."),
    data: text().describe(
      'The dataset the values come from: its file name in content/data/, e.g. gdp.',
    ),
    value: text().describe('A numeric column to add up, or `count` to count the rows.'),
    where: whereSchema,
    period: periodSchema
      .optional()
      .describe(
        'Only rows dated inside this period count; undated rows make the value a lower bound.',
      ),
    comparable: z
      .boolean({ error: 'true or false' })
      .default(true)
      .describe(
        'false when the values cannot be ranked against each other (different kinds of figure, such as a planned total and a contract value): generated text then lists them, never ranks.',
      ),
    by: z
      .union([text(), z.number()])
      .transform(String)
      .default('province')
      .describe(
        'Group by province (default), city, or any other column of the dataset (a year, a domain…).',
      ),
    complete_for: z
      .union([z.literal('all'), z.array(placeCode())], { error: 'all, or a list of place codes' })
      .default('all')
      .describe(
        'Places whose rows are known to be complete. Elsewhere a place with no rows has no data (drawn hatched), and a count is a lower bound ("at least"), never a zero.',
      ),
  },
  { error: 'a metric: id, data and value lines (and label, unit, where, by as needed)' },
);

export type Metric = z.infer<typeof metricSchema>;

export interface MetricMeta {
  id: string;
  label: string;
  unit: string;
  integer: boolean;
  /** The value column's declared decimals: charts show a value as the data table does. */
  decimals?: number | undefined;
  /** false when the values may not be ranked against each other. */
  comparable: boolean;
  /** What the values are grouped by: province, city or another column. */
  by: string;
  /** What the figure says while this metric is shown, where the chart file sets it. */
  title?: string;
  subtitle?: string;
  notes?: string[];
}

export interface Measured {
  meta: MetricMeta;
  values: PlaceValue[];
  /** Names of groups that are not places (e.g. a list named by its place), by group value. */
  labels: ReadonlyMap<string, string>;
}

/** Label, unit and integer-ness of a metric, from the chart file or the declared column. */
export function metricMeta(metric: Metric, content: ContentSet): MetricMeta {
  const column = content.datasets.get(metric.data)?.declaration.columns[metric.value];
  return {
    id: metric.id,
    label: metric.label ?? column?.label ?? metric.id,
    unit: metric.unit ?? column?.unit ?? '',
    integer: metric.value === 'count' || isInteger(column),
    ...(column?.decimals === undefined ? {} : { decimals: column.decimals }),
    comparable: metric.comparable,
    by: metric.by,
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
  const { rows, uncertain } = metricRows(metric, content);
  const present = [...new Set([...rows, ...uncertain].map((r) => String(r[metric.by])))];
  if (metric.by === 'province') {
    // The central provinces always appear, those a province filter keeps when there is one.
    const wanted = metric.where?.['province'];
    const kept = wanted === undefined ? undefined : [wanted].flat().map(String);
    const base = kept ? central.filter((code) => kept.includes(code)) : central;
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
  const places = placesFor(metric, content, central);
  return {
    meta: metricMeta(metric, content),
    values: computeMetric(metric, content, places),
    labels: groupLabels(metric, content, places),
  };
}

/**
 * Groups by a reference to another file (a project's list) are named by the place that row is
 * about: its most specific place (the city, else the province), so a signing in 潍坊 reads 潍坊.
 */
export function groupLabels(
  metric: Metric,
  content: ContentSet,
  groups: readonly string[],
): Map<string, string> {
  const column = content.datasets.get(metric.data)?.declaration.columns[metric.by];
  const target = column?.type === 'ref' && column.to ? content.datasets.get(column.to) : undefined;
  if (!target) return new Map();
  const places = new Map(content.places.map((p) => [p.data.code, p.data]));
  const depth = { province: 0, prefecture: 1, county: 2 } as Record<string, number>;
  const placeColumns = Object.entries(target.declaration.columns)
    .filter(([, c]) => c.type === 'place')
    .map(([name]) => name);
  const labels = new Map<string, string>();
  for (const group of groups) {
    const row = target.rows.find((r) => keyOf(r.data, target.declaration) === group)?.data;
    const named = placeColumns
      .map((name) => places.get(String(row?.[name])))
      .filter((p) => p !== undefined)
      .sort((a, b) => (depth[b.level] ?? 0) - (depth[a.level] ?? 0))[0];
    if (named) labels.set(group, named.short_zh);
  }
  return labels;
}
