/**
 * Horizontal bar spec: one bar per place or category, largest first (in the file's order where
 * the values may not be compared), with unknowns kept at the end as "no data" (no bar, never a zero-length one that reads as zero).
 */
import type { MetricMeta } from './kinds/metric.ts';
import { valueText } from './choropleth.ts';
import type { PlaceValue } from './measure.ts';

export interface Bar {
  code: string;
  label: string;
  value: number | null;
  text: string;
  highlighted: boolean;
  /** Bar length as a share of the longest, 0–1. */
  share: number;
  /** Source ids of the value, for its tooltip. */
  sources: readonly string[];
}

export interface BarSpec {
  metric: MetricMeta;
  bars: Bar[];
}

export function barSpec(
  metric: MetricMeta,
  values: readonly PlaceValue[],
  labels: ReadonlyMap<string, string>,
  highlight?: string,
): BarSpec {
  const max = Math.max(0, ...values.map((v) => v.value ?? 0));
  const bars = values.map((v) => ({
    code: v.code,
    label: labels.get(v.code) ?? v.code,
    value: v.value,
    text: valueText(v, metric.unit, metric.decimals),
    highlighted: v.code === highlight,
    share: v.value === null || max === 0 ? 0 : v.value / max,
    sources: v.sources,
  }));
  // Values that may not be ranked keep the file's order; unknowns go last either way.
  bars.sort((a, b) =>
    metric.comparable
      ? (b.value ?? -Infinity) - (a.value ?? -Infinity)
      : Number(a.value === null) - Number(b.value === null),
  );
  return { metric, bars };
}
