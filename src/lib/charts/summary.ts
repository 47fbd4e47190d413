/**
 * Sentences generated from the data, for the figure caption, the SVG <desc> and screen readers.
 * They state only what the view's values show: a leader only among at least three known values,
 * with no tie at the top, no place that is only a lower bound beside it, and values the chart
 * file allows to be compared; otherwise they list the values. House style: full-width
 * punctuation, no space between figures and Chinese ("13项"), ranks as 第三.
 */
import { formatNumber, formatQuantity } from '../format/number.ts';
import type { MetricMeta } from './kinds/metric.ts';
import type { PlaceValue } from './measure.ts';
import type { ScatterPoint, ScatterSpec } from './scatter.ts';

type Known = PlaceValue & { value: number };

const DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** "第三" for ranks up to ten, "第11" beyond. */
export const rankText = (rank: number) => `第${DIGITS[rank - 1] ?? String(rank)}`;

/**
 * A value as a sentence states it: "13项", "至少3项", "无数据" — with the column's decimals, as
 * the tables and the story text show it.
 */
export const stated = (v: Pick<PlaceValue, 'value' | 'atLeast'>, unit: string, decimals?: number) =>
  formatQuantity(v.value, unit, { atLeast: v.atLeast, decimals });

const known = (values: readonly PlaceValue[]) => values.filter((v): v is Known => v.value !== null);

/** Whether a view can show a comparison: three or more known values, not all equal. */
export function comparable(values: readonly PlaceValue[]): boolean {
  const have = known(values);
  return have.length >= 3 && new Set(have.map((v) => v.value)).size > 1;
}

/**
 * The place that certainly has the most: among three or more known values, strictly above the
 * second, where no other place is a lower bound that might exceed it. Undefined otherwise.
 */
export function certainLeader(values: readonly PlaceValue[]): Known | undefined {
  const order = [...known(values)].sort((a, b) => b.value - a.value);
  const [first, second] = order;
  if (!first || !second || order.length < 3 || first.value === second.value) return undefined;
  return order.slice(1).some((v) => v.atLeast) ? undefined : first;
}

/** "A、B各1个，C 2个": the values in the given order, equal neighbours named together. */
function listed(
  values: readonly Known[],
  unit: string,
  name: (code: string) => string,
  decimals?: number,
): string {
  const groups: { names: string[]; text: string }[] = [];
  for (const v of values) {
    const text = stated(v, unit, decimals);
    const last = groups.at(-1);
    if (last?.text === text) last.names.push(name(v.code));
    else groups.push({ names: [name(v.code)], text });
  }
  return groups
    .map((g) =>
      g.names.length > 1 ? `${g.names.join('、')}各${g.text}` : `${g.names[0]}${g.text}`,
    )
    .join('，');
}

const gapsOf = (values: readonly PlaceValue[], name: (code: string) => string) => {
  const missing = values.filter((v) => v.value === null).map((v) => name(v.code));
  return missing.length > 0 ? `；${missing.join('、')}无数据` : '';
};

const NOUNS: Record<string, string> = { province: '省份', city: '城市' };

/**
 * Who leads a metric and by how much, or, where no leader can be named, the values themselves.
 * @example "在有数据的4个省份中，湖南的区块链信息服务备案数最多（13项），比第二的湖北（9项）多4项；江西、山西无数据。"
 */
export function rankingSummary(
  meta: MetricMeta,
  values: readonly PlaceValue[],
  names: ReadonlyMap<string, string>,
): string {
  const name = (code: string) => names.get(code) ?? code;
  const have = known(values);
  const gaps = gapsOf(values, name);
  if (have.length === 0) return `${meta.label}：所有地区均无数据。`;
  const first = meta.comparable ? certainLeader(values) : undefined;
  if (!first) {
    const order = meta.comparable ? [...have].sort((a, b) => b.value - a.value) : have;
    const caveat = meta.comparable ? '' : '。这些数值口径不同，不作比较';
    return `${meta.label}：${listed(order, meta.unit, name)}${gaps}${caveat}。`;
  }
  const second = [...have].sort((a, b) => b.value - a.value)[1] as Known;
  // Places tied for second are named together: "比并列第二的湖北、湖南（7.8%）".
  const seconds = have.filter((v) => v.value === second.value).map((v) => name(v.code));
  const runnerUp = `${seconds.length > 1 ? '并列' : ''}第二的${seconds.join('、')}`;
  // Counts are "most"; amounts and rates "highest"; a gap in rates is in percentage points.
  const most = meta.integer ? '最多' : '最高';
  const among =
    have.length < values.length ? `在有数据的${have.length}个${NOUNS[meta.by] ?? '类别'}中，` : '';
  const ratio = Math.round((first.value / second.value) * 10) / 10;
  const gap = first.value - second.value;
  const by =
    second.value > 0 && ratio >= 2
      ? `是其${formatNumber(ratio)}倍`
      : meta.unit === '%'
        ? `高${formatNumber(Math.round(gap * 100) / 100)}个百分点`
        : `多${formatNumber(gap)}${meta.unit}`;
  return `${among}${name(first.code)}的${meta.label}${most}（${stated(first, meta.unit, meta.decimals)}），比${runnerUp}（${stated(second, meta.unit, meta.decimals)}）${by}${gaps}。`;
}

/** Competition rank by x among the points: 1 + how many are strictly larger; "并列" on a tie. */
function xRank(point: ScatterPoint, points: readonly ScatterPoint[]): string {
  const rank = 1 + points.filter((p) => p.x > point.x).length;
  const tied = points.some((p) => p !== point && p.x === point.x);
  return `${tied ? '并列' : ''}${rankText(rank)}`;
}

const yValue = (p: ScatterPoint) => ({ code: p.code, value: p.y, atLeast: p.atLeast });

/**
 * How activity compares with economic size, among the places plotted: the activity leader's
 * rank by x, and the largest economy's activity; with fewer than three points, the values only.
 */
export function scatterSummary(spec: ScatterSpec): string {
  const { points, x, y } = spec;
  const gaps = spec.missing.length > 0 ? `；${spec.missing.join('、')}缺少数据，未画出` : '';
  const names = new Map(points.map((p) => [p.code, p.name]));
  const name = (code: string) => names.get(code) ?? code;
  if (points.length < 3) {
    if (points.length === 0) return `${y.label}与${x.label}：没有可比较的数据。`;
    const order = [...points].sort((a, b) => b.y - a.y).map((p) => ({ ...yValue(p), sources: [] }));
    return `${y.label}：${listed(order, y.unit, name)}${gaps}。`;
  }
  const among = `在图中${points.length}个省份中，`;
  const topX = [...points].sort((a, b) => b.x - a.x)[0] as ScatterPoint;
  const leader = y.comparable
    ? certainLeader(points.map((p) => ({ ...yValue(p), sources: [] })))
    : undefined;
  const has = (p: ScatterPoint) =>
    `${p.atLeast ? '' : '为'}${stated(yValue(p), y.unit, y.decimals)}`;
  const ofTopX = `${x.label}最大的${topX.name}，${y.label}${has(topX)}`;
  if (!leader) {
    const subject = points.find((p) => p.highlighted && p !== topX);
    const ofSubject = subject
      ? `；${subject.name}的${x.label}居${xRank(subject, points)}，${y.label}${has(subject)}`
      : '';
    return `${among}${ofTopX}${ofSubject}${gaps}。`;
  }
  const top = points.find((p) => p.code === leader.code) as ScatterPoint;
  const lead = `${y.label}最多的是${top.name}（${stated(yValue(top), y.unit, y.decimals)}），其${x.label}居${xRank(top, points)}`;
  return `${among}${lead}${top === topX ? '' : `；${ofTopX}`}${gaps}。`;
}
