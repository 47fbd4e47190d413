/**
 * Line chart: a value per place (or group) per period, from one dataset. Each place has at most
 * one row per period (a second one would be added up silently, so it is an error: filter it out
 * with `where`); a missing period is a gap, never a zero.
 */
import type { z } from 'zod';
import type { ContentProblem } from '../../data/contentError.ts';
import type { Row } from '../../data/contentSet.ts';
import { text } from '../../schema/common.ts';
import { rankText } from '../summary.ts';
import { formatNumber, formatQuantity } from '../../format/number.ts';
import { lineSpec, type LineSeries, type LineSpec } from '../line.ts';
import { rowsWhere } from '../measure.ts';
import { resolveAnnotations } from './annotations.ts';
import { checkColumn, checkDataset, checkWhere } from './checks.ts';
import { metricMeta, whereSchema } from './metric.ts';
import { datasetField, defineKind, type BuildContext, type CheckContext } from './types.ts';

const fields = {
  data: datasetField(),
  x: text().default('year').describe('The period column: a year or a date column.'),
  value: text().describe('The numeric column to draw.'),
  by: text()
    .default('province')
    .describe('One line per value of this column; province by default.'),
  where: whereSchema,
  label: text()
    .optional()
    .describe("Label shown to readers; the value column's declared label by default."),
  unit: text()
    .optional()
    .describe("Unit shown after values; the value column's declared unit by default."),
};

type LineDefinition = { data: string; x: string; value: string; by: string };

/** Rows grouped by line and period; the key is `line|period`. */
function cells(definition: LineDefinition, rows: readonly Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${String(row[definition.by])}|${String(row[definition.x])}`;
    map.set(key, [...(map.get(key) ?? []), row]);
  }
  return map;
}

function checkLine(
  chart: z.infer<z.ZodObject<typeof fields>>,
  context: CheckContext,
): ContentProblem[] {
  const { dataset, problems } = checkDataset(chart.data, ['data'], context);
  if (!dataset) return problems;
  problems.push(
    ...checkColumn(dataset, chart.x, ['x'], context, {
      types: ['year', 'date'],
      what: 'a year or date column',
    }),
    ...checkColumn(dataset, chart.value, ['value'], context, {
      types: ['count', 'amount', 'percent', 'number'],
      what: 'a numeric column',
    }),
    ...checkColumn(dataset, chart.by, ['by'], context),
    ...checkWhere(dataset, chart.where, ['where'], context),
  );
  if (problems.length > 0) return problems;
  const rows = rowsWhere(context.content, chart.data, chart.where);
  const doubled = [...cells(chart, rows).entries()].find(([, group]) => group.length > 1);
  if (doubled) {
    const [line, period] = doubled[0].split('|');
    problems.push({
      ...context.at(chart.where ? ['where'] : ['data']),
      expected: `one row per ${chart.by} and ${chart.x} (filter with where, e.g. on a vintage column)`,
      found: `${doubled[1].length} rows for ${line} in ${period}`,
    });
  }
  if (new Set(rows.map((r) => String(r[chart.x]))).size < 2)
    problems.push({
      ...context.at(['x']),
      expected: 'at least two periods to draw a line',
      found: 'one or none',
    });
  return problems;
}

function lineOrder(keys: readonly string[], context: BuildContext): string[] {
  const rank = (k: string) => (context.central.includes(k) ? context.central.indexOf(k) : Infinity);
  return [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Where the highlighted (or first) line starts and ends, and which line ends highest: a leader
 * only among three or more lines with a final value and no tie at the top.
 */
export function lineSummary(spec: LineSpec): string {
  const last = spec.periods.at(-1)?.period ?? '';
  const ends = spec.series
    .map((s) => ({ s, end: s.values.at(-1) }))
    .filter((e): e is { s: (typeof spec.series)[0]; end: number } => typeof e.end === 'number')
    .sort((a, b) => b.end - a.end);
  const fmt = (v: number) => formatQuantity(v, spec.unit, { decimals: spec.decimals });
  const parts: string[] = [];
  const [top, next] = ends;
  if (top && next && ends.length >= 3 && top.end > next.end)
    parts.push(`${last}年${top.s.name}的${spec.label}最高（${fmt(top.end)}）`);
  const subject = spec.series.find((s) => s.highlighted) ?? spec.series[0];
  const points = subject?.segments.flat() ?? [];
  const [first, final] = [points[0], points.at(-1)];
  if (subject && first && final && first !== final) {
    const end = ends.find((e) => e.s.code === subject.code);
    const rank = end && 1 + ends.filter((e) => e.end > end.end).length;
    const tied = end && ends.some((e) => e !== end && e.end === end.end);
    const ranked =
      rank && ends.length >= 3 && final.period === last
        ? `，在${ends.length}条线中居${tied ? '并列' : ''}${rankText(rank)}`
        : '';
    parts.push(
      `${subject.name}从${first.period}年的${fmt(first.value)}变为${final.period}年的${fmt(final.value)}${ranked}`,
    );
  }
  const gaps = spec.series.filter((s) => s.values.includes(null)).map((s) => s.name);
  if (gaps.length > 0) parts.push(`${gaps.join('、')}有年份缺少数据，画成断开`);
  return `${parts.join('；')}。`;
}

/** A table cell of the line's data: as precise as the column declares, like the data page. */
const cell = (value: number | null, decimals: number | undefined) =>
  value === null
    ? { kind: 'missing' as const }
    : { kind: 'text' as const, text: formatNumber(value, { decimals }) };

export const line = defineKind({
  label: '折线图',
  fields,
  check: checkLine,
  build: (chart, context) => {
    const rows = rowsWhere(context.content, chart.data, chart.where);
    const grouped = cells(chart, rows);
    const periods = [...new Set(rows.map((r) => String(r[chart.x])))].sort();
    const keys = lineOrder([...new Set(rows.map((r) => String(r[chart.by])))], context);
    const meta = metricMeta(
      { ...chart, id: chart.value, complete_for: 'all', comparable: true },
      context.content,
    );
    const series: LineSeries[] = keys.map((code) => ({
      code,
      name: context.names.get(code) ?? code,
      highlighted: code === chart.highlight,
      values: periods.map((p) => {
        const value = grouped.get(`${code}|${p}`)?.[0]?.[chart.value];
        return typeof value === 'number' ? value : null;
      }),
    }));
    const { label, unit, decimals } = meta;
    const spec = lineSpec({ periods, series, label, unit, decimals });
    const sourcesOf = (r: Row) => (Array.isArray(r['sources']) ? (r['sources'] as string[]) : []);
    const sources = [...new Set(rows.flatMap(sourcesOf))];
    return {
      views: [{ summary: lineSummary(spec), spec, sources }],
      switchMode: 'none',
      table: {
        columns: [`地区（${meta.unit}）`, ...periods],
        rows: series.map((s) => [
          { kind: 'text' as const, text: s.name },
          ...s.values.map((v) => cell(v, decimals)),
        ]),
      },
      csv: {
        columns: [chart.by, 'name', chart.x, `${chart.value} (${meta.unit})`, 'sources'],
        rows: series.flatMap((s) =>
          periods.map((p, i) => [
            s.code,
            s.name,
            p,
            s.values[i] ?? null,
            (grouped.get(`${s.code}|${p}`) ?? []).flatMap(sourcesOf).join(';'),
          ]),
        ),
      },
      sources,
      annotations: resolveAnnotations(
        chart.annotations,
        new Map([
          ...series.map((s) => [s.code, s.name] as [string, string]),
          ...periods.map((p) => [p, `${p}年`] as [string, string]),
        ]),
      ),
    };
  },
});
