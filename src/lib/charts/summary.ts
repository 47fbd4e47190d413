/**
 * One-sentence summaries generated from the data, for the figure caption, the SVG <desc> and
 * screen readers. They state what leads and by how much, and say which places have no data.
 */
import { formatNumber } from '../format/number.ts';
import type { MetricMeta } from './kinds/metric.ts';
import type { PlaceValue } from './measure.ts';
import type { ScatterSpec } from './scatter.ts';

const fmt = (value: number, unit: string) => `${formatNumber(value)} ${unit}`;

/** Ranks the known values, largest first. */
function ranked(values: readonly PlaceValue[]) {
  return values
    .filter((v) => v.value !== null)
    .sort((a, b) => (b.value as number) - (a.value as number)) as (PlaceValue & {
    value: number;
  })[];
}

/**
 * Who leads a metric and by how much, and which places have no data.
 * @example "湖南的区块链信息服务备案数最多(13 项),比第二的湖北(9 项)多 4 项;江西、山西没有数据。"
 */
export function rankingSummary(
  meta: MetricMeta,
  values: readonly PlaceValue[],
  names: ReadonlyMap<string, string>,
): string {
  const name = (code: string) => names.get(code) ?? code;
  const order = ranked(values);
  const missing = values.filter((v) => v.value === null).map((v) => name(v.code));
  const gaps = missing.length > 0 ? `;${missing.join('、')}没有数据` : '';
  const [first, second] = order;
  if (!first) return `${meta.label}:所有地区都没有数据。`;
  const tied = order.filter((v) => v.value === first.value);
  if (tied.length > 1)
    return `${tied.map((v) => name(v.code)).join('、')}的${meta.label}并列最多(各 ${fmt(first.value, meta.unit)})${gaps}。`;
  const lead = `${name(first.code)}的${meta.label}最多(${first.atLeast ? '至少 ' : ''}${fmt(first.value, meta.unit)})`;
  if (!second) return `${lead}${gaps}。`;
  const diff = first.value - second.value;
  const by =
    second.value > 0 && first.value / second.value >= 2
      ? `是其 ${formatNumber(Math.round((first.value / second.value) * 10) / 10)} 倍`
      : `多 ${fmt(diff, meta.unit)}`;
  return `${lead},比第二的${name(second.code)}(${fmt(second.value, meta.unit)})${by}${gaps}。`;
}

/**
 * How activity compares with economic size: the activity leader's economic rank, and the
 * largest economy's activity.
 */
export function scatterSummary(spec: ScatterSpec): string {
  const byY = [...spec.points].sort((a, b) => b.y - a.y);
  const byX = [...spec.points].sort((a, b) => b.x - a.x);
  const topY = byY[0];
  const topX = byX[0];
  if (!topY || !topX) return `${spec.y.label}与${spec.x.label}:没有可比较的数据。`;
  const gaps = spec.missing.length > 0 ? `(${spec.missing.join('、')}缺少数据,未画出)` : '';
  const rankOfTopY = byX.findIndex((p) => p.code === topY.code) + 1;
  if (topX.code === topY.code)
    return `${topY.name}的${spec.x.label}和${spec.y.label}都居首${gaps}。`;
  return `${spec.y.label}最多的是${topY.name}(${fmt(topY.y, spec.y.unit)}),其${spec.x.label}在 ${spec.points.length} 个有数据的省份中排第 ${rankOfTopY};${spec.x.label}最大的${topX.name}只有 ${fmt(topX.y, spec.y.unit)}${gaps}。`;
}
