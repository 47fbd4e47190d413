/**
 * The truth of a chart view, derived for the truth test from the data rows and the chart file
 * alone: its own filter, period, grouping, sums and ranks, written without the site's measure.ts
 * or summary.ts, so a mistake there shows up as a disagreement.
 */
import type { ContentSet } from '../../../src/lib/data/contentSet.ts';

type Row = Record<string, unknown>;
type File = Record<string, unknown>;
type MetricFile = Record<string, unknown> & { data: string; value: string };

export interface TruthValue {
  code: string;
  name: string;
  value: number | null;
  atLeast: boolean;
}

export interface Truth {
  label: string;
  unit: string;
  xLabel?: string;
  comparable: boolean;
  values: TruthValue[];
  /** How many places (points, lines) have a value. */
  known: number;
  leader?: string;
  /** The place(s) with the second value: more than one when they tie. */
  second?: string[];
  drawable: boolean;
  points?: { name: string; x: number; y: number; atLeast: boolean }[];
  subject?: string;
  rankOf(name: string): { rank: number; tied: boolean } | undefined;
  /** Other numbers the view holds (years, a line's first value). */
  years: number[];
  stated(v: TruthValue): string;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

function inPeriod(date: string, from: string, to: string): 'in' | 'out' | 'unknown' {
  if (!/^\d{4}(-\d\d){0,2}$/.test(date)) return 'unknown';
  const first = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const last = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  const start = from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from;
  const end = to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to;
  if (first >= start && last <= end) return 'in';
  return last < start || first > end ? 'out' : 'unknown';
}

const matches = (row: Row, where: unknown) =>
  Object.entries((where ?? {}) as Record<string, unknown>).every(([field, want]) =>
    (Array.isArray(want) ? want : [want]).some((w) => text(row[field]) === text(w)),
  );

function rowsOf(metric: MetricFile, content: ContentSet) {
  const dataset = content.datasets.get(metric.data);
  const all = (dataset?.rows ?? []).map((r) => r.data).filter((r) => matches(r, metric['where']));
  const period = metric['period'] as { from: unknown; to: unknown; on?: string } | undefined;
  if (!period) return { rows: all, unsure: [] as Row[] };
  const columns = Object.entries(dataset?.declaration.columns ?? {});
  const on =
    period.on ??
    (columns.find(([, c]) => c.type === 'date') ?? columns.find(([, c]) => c.type === 'year'))?.[0];
  const place = (r: Row) => inPeriod(text(r[on ?? 'date']), text(period.from), text(period.to));
  return {
    rows: all.filter((r) => place(r) === 'in'),
    unsure: all.filter((r) => place(r) === 'unknown'),
  };
}

function placeNames(content: ContentSet) {
  const places = new Map(content.places.map((p) => [p.data.code, p.data]));
  const province = (code: string): string => {
    const parent = places.get(code)?.parent;
    return parent ? province(String(parent)) : code;
  };
  return { places, province };
}

/** The values of one metric, place by place, as the chart should show them. */
export function metricValues(metric: MetricFile, content: ContentSet): TruthValue[] {
  const { places, province } = placeNames(content);
  const central = content.places.filter((p) => p.data.central).map((p) => p.data.code);
  const by = text(metric['by'] ?? 'province');
  const { rows, unsure } = rowsOf(metric, content);
  const present = [...new Set([...rows, ...unsure].map((r) => text(r[by])))];
  let groups: string[];
  if (by === 'province') {
    const wanted = (metric['where'] as Row | undefined)?.['province'];
    const base =
      wanted === undefined ? central : central.filter((c) => [wanted].flat().map(text).includes(c));
    groups = [...base, ...present.filter((c) => !base.includes(c))];
  } else if (by === 'city') groups = present.filter((c) => central.includes(province(c)));
  else groups = present;
  const complete = metric['complete_for'] ?? 'all';
  const column = content.datasets.get(metric.data)?.declaration.columns[by];
  const target = column?.type === 'ref' && column.to ? content.datasets.get(column.to) : undefined;
  const nameOf = (code: string) => {
    const row = target?.rows.find((r) => text(r.data['id']) === code)?.data;
    if (row)
      return (
        places.get(text(row['city']))?.short_zh ??
        places.get(text(row['province']))?.short_zh ??
        code
      );
    return places.get(code)?.short_zh ?? code;
  };
  return groups.map((code) => {
    const mine = rows.filter((r) => text(r[by]) === code);
    const isComplete =
      (complete === 'all' || (complete as unknown[]).map(text).includes(province(code))) &&
      !unsure.some((r) => text(r[by]) === code);
    const name = nameOf(code);
    if (metric.value === 'count')
      return mine.length === 0 && !isComplete
        ? { code, name, value: null, atLeast: false }
        : { code, name, value: mine.length, atLeast: !isComplete };
    if (mine.length === 0 || mine.some((r) => typeof r[metric.value] !== 'number'))
      return { code, name, value: null, atLeast: false };
    const sum = mine.reduce((s, r) => s + (r[metric.value] as number), 0);
    return { code, name, value: sum, atLeast: !isComplete };
  });
}

function labelOf(metric: MetricFile, content: ContentSet) {
  const column = content.datasets.get(metric.data)?.declaration.columns[metric.value];
  return {
    label: text(metric['label'] ?? column?.label),
    unit: text(metric['unit'] ?? column?.unit),
    decimals: column?.decimals,
  };
}

/**
 * A number as the house style writes it: grouped, as many decimals as the column declares (else
 * at most two), a percentage always with its decimal (7.0%).
 */
function houseNumber(value: number, unit: string, decimals: number | undefined): string {
  const text = value.toLocaleString(
    'en-US',
    decimals === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
  );
  return unit === '%' && !text.includes('.') ? `${text}.0` : text;
}

/** Leader and runner-up: three or more known, a unique top, no lower bound below it. */
function leaderOf(values: readonly { name: string; value: number | null; atLeast: boolean }[]) {
  const known = values
    .filter((v) => v.value !== null)
    .sort((a, b) => (b.value as number) - (a.value as number));
  const [a, b] = known;
  if (!a || !b || known.length < 3 || a.value === b.value || known.slice(1).some((v) => v.atLeast))
    return {};
  return {
    leader: a.name,
    second: known.filter((v) => v.value === b.value).map((v) => v.name),
  };
}

const rankAmong = (values: readonly { name: string; value: number }[]) => (name: string) => {
  const me = values.find((v) => v.name === name);
  if (!me) return undefined;
  return {
    rank: 1 + values.filter((v) => v.value > me.value).length,
    tied: values.some((v) => v !== me && v.value === me.value),
  };
};

/** The truth of one view of a chart file (a metric, or the chart's single view). */
export function truthOf(
  file: File,
  metricId: string | undefined,
  content: ContentSet,
): Truth | undefined {
  if (file['kind'] === 'line') return lineTruth(file, content);
  const metrics = (file['metrics'] as MetricFile[] | undefined) ?? [];
  const metric = metrics.find((m) => m['id'] === metricId) ?? metrics[0];
  if (!metric) return undefined;
  const { label, unit, decimals } = labelOf(metric, content);
  const values = metricValues(metric, content);
  const comparable = metric['comparable'] !== false;
  const stated = (v: TruthValue) =>
    v.value === null
      ? '无数据'
      : `${v.atLeast ? '至少' : ''}${houseNumber(v.value, unit, decimals)}${unit}`;
  const base = { label, unit, comparable, values, years: [], stated };
  if (file['kind'] === 'scatter') {
    const xMetric = file['x'] as MetricFile;
    const xs = metricValues(xMetric, content);
    const points = xs.flatMap((x) => {
      const y = values.find((v) => v.code === x.code);
      return x.value !== null && y && y.value !== null
        ? [{ name: x.name, x: x.value, y: y.value, atLeast: y.atLeast }]
        : [];
    });
    const ys = new Set(points.map((p) => p.y));
    return {
      ...base,
      xLabel: labelOf(xMetric, content).label,
      // Only the plotted places count; the others are listed as missing.
      values: values.map((v) =>
        points.some((p) => p.name === v.name) ? v : { ...v, value: null },
      ),
      known: points.length,
      ...(comparable
        ? leaderOf(points.map((p) => ({ name: p.name, value: p.y, atLeast: p.atLeast })))
        : {}),
      drawable: points.length >= 3 && ys.size > 1,
      points,
      rankOf: rankAmong(points.map((p) => ({ name: p.name, value: p.x }))),
    };
  }
  const known = values.filter((v) => v.value !== null);
  return {
    ...base,
    known: known.length,
    ...(comparable ? leaderOf(values) : {}),
    drawable: known.length >= 3 && new Set(known.map((v) => v.value)).size > 1,
    rankOf: () => undefined,
  };
}

/** A line chart: each line's last value, the highlighted line's rank at the end. */
function lineTruth(file: File, content: ContentSet): Truth {
  const metric = { ...file, data: text(file['data']), value: text(file['value']) } as MetricFile;
  const { label, unit } = labelOf(metric, content);
  const x = text(file['x'] ?? 'year');
  const by = text(file['by'] ?? 'province');
  const rows = rowsOf(metric, content).rows;
  const periods = [...new Set(rows.map((r) => text(r[x])))].sort();
  const last = periods.at(-1);
  const { places } = placeNames(content);
  const codes = [...new Set(rows.map((r) => text(r[by])))];
  const values = codes.map((code) => {
    const end = rows.find((r) => text(r[by]) === code && text(r[x]) === last)?.[metric.value];
    return {
      code,
      name: places.get(code)?.short_zh ?? code,
      value: typeof end === 'number' ? end : null,
      atLeast: false,
    };
  });
  const ends = values.flatMap((v) => (v.value === null ? [] : [{ name: v.name, value: v.value }]));
  const cells = rows.flatMap((r) =>
    typeof r[metric.value] === 'number' ? [r[metric.value] as number] : [],
  );
  const subject = places.get(text(file['highlight']))?.short_zh;
  return {
    label,
    unit,
    comparable: true,
    values,
    known: ends.length,
    ...leaderOf(values),
    drawable: true,
    ...(subject ? { subject } : {}),
    rankOf: rankAmong(ends),
    years: [...periods.map(Number), ...cells],
    stated: (v) => `${v.value}${unit}`,
  };
}
