/**
 * Scatter spec: one point per province, x = an economic measure, y = an activity measure.
 * Produces a plain ECharts option (rendered to SVG at build time) and the facts a summary and
 * a table need. Places with an unknown x or y are not plotted; they are listed instead.
 */
import type { EChartsOption, ScatterSeriesOption } from 'echarts';
import { formatNumber } from '../format/number.ts';
import type { MetricMeta } from './kinds/metric.ts';
import type { PlaceValue } from './measure.ts';
import { COLOURS, FONT_STACK } from './theme.ts';

export interface ScatterPoint {
  code: string;
  name: string;
  x: number;
  y: number;
  atLeast: boolean;
  highlighted: boolean;
}

export interface ScatterSpec {
  x: MetricMeta;
  y: MetricMeta;
  points: ScatterPoint[];
  /** Names of the places left out because x or y is unknown. */
  missing: string[];
  log: boolean;
  option: EChartsOption;
}

export interface ScatterInput {
  x: { meta: MetricMeta; values: readonly PlaceValue[] };
  y: { meta: MetricMeta; values: readonly PlaceValue[] };
  names: ReadonlyMap<string, string>;
  highlight?: string;
  log?: boolean;
  /** Annotation texts by place code, shown as a second line of the point's label. */
  notes?: ReadonlyMap<string, string>;
}

// Axis text inherits the page's colour (the SVG is inline), so it reads in light and dark.
const colors = {
  text: 'currentColor',
  muted: 'currentColor',
  grid: COLOURS.grid,
  point: COLOURS.mark,
  accent: COLOURS.accent,
};

/** Plots the places with both measures known and builds the ECharts option that draws them. */
export function scatterSpec(input: ScatterInput): ScatterSpec {
  const { x, y } = input;
  const log = input.log ?? false;
  const { points, missing } = plotPoints(input, log);
  const option: EChartsOption = {
    animation: false,
    aria: { enabled: false },
    textStyle: { fontFamily: FONT_STACK },
    grid: { left: 72, right: 32, top: 24, bottom: 64 },
    xAxis: { ...axis(x.meta, log), nameGap: 36 },
    yAxis: { ...axis(y.meta, log), nameGap: 48 },
    series: [
      {
        type: 'scatter',
        symbolSize: 12,
        // The story's subject first: where labels would collide, the later ones are hidden
        // (each point still names itself in its tooltip and in the table).
        data: [...points]
          .sort((a, b) => Number(b.highlighted) - Number(a.highlighted))
          .map((p) => pointDatum(p, input.notes)),
        labelLayout: { hideOverlap: true },
      },
    ],
  };
  return { x: x.meta, y: y.meta, points, missing, log, option };
}

/** The points to plot, in x's order, and the names of the places that cannot be plotted. */
function plotPoints(
  input: ScatterInput,
  log: boolean,
): { points: ScatterPoint[]; missing: string[] } {
  const { x, y, names } = input;
  const yByCode = new Map(y.values.map((v) => [v.code, v]));
  const points: ScatterPoint[] = [];
  const missing: string[] = [];
  for (const xv of x.values) {
    const yv = yByCode.get(xv.code);
    const name = names.get(xv.code) ?? xv.code;
    // A log axis cannot show zero; such points are listed as missing rather than faked.
    if (
      xv.value === null ||
      !yv ||
      yv.value === null ||
      (log && (xv.value <= 0 || yv.value <= 0))
    ) {
      missing.push(name);
      continue;
    }
    points.push({
      code: xv.code,
      name,
      x: xv.value,
      y: yv.value,
      atLeast: yv.atLeast || xv.atLeast,
      highlighted: xv.code === input.highlight,
    });
  }
  return { points, missing };
}

/** One axis, named with its measure and unit; a linear axis starts at zero. */
function axis(meta: MetricMeta, log: boolean) {
  return {
    type: log ? ('log' as const) : ('value' as const),
    name: `${meta.label}（${meta.unit}）`,
    nameLocation: 'middle' as const,
    nameTextStyle: { color: colors.text, fontSize: 13 },
    axisLabel: { color: colors.muted, fontSize: 12, formatter: (v: number) => formatNumber(v) },
    axisLine: { lineStyle: { color: colors.muted } },
    splitLine: { lineStyle: { color: colors.grid } },
    // Counts have whole-number ticks: no axis of 0.5 parks.
    ...(meta.integer ? { minInterval: 1 } : {}),
    ...(log ? {} : { min: 0 }),
  };
}

type ScatterDatum = NonNullable<ScatterSeriesOption['data']>[number];

/** One point of the series: the highlighted place is larger, in the accent colour and bold. */
function pointDatum(p: ScatterPoint, notes: ScatterInput['notes']): ScatterDatum {
  return {
    name: p.name,
    value: [p.x, p.y],
    symbolSize: p.highlighted ? 18 : 12,
    // A lower bound ("at least") is a ring, not a dot: the true value may lie above it.
    itemStyle: p.atLeast
      ? {
          color: COLOURS.paper,
          borderColor: p.highlighted ? colors.accent : colors.point,
          borderWidth: 2,
        }
      : {
          color: p.highlighted ? colors.accent : colors.point,
          borderColor: COLOURS.paper,
          borderWidth: 1,
        },
    label: {
      show: true,
      position: 'right',
      formatter: [p.name, notes?.get(p.code)].filter(Boolean).join('\n'),
      color: p.highlighted ? colors.accent : colors.text,
      fontSize: 13,
      fontWeight: p.highlighted ? 'bold' : 'normal',
    },
  };
}
