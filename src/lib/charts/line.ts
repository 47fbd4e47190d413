/**
 * Line chart spec: a value per place per period, laid out at build time. A period without a
 * value is a gap in the line, never a zero. Each line is labelled at its end (labels pushed
 * apart so none overlap), and the highlighted place is drawn on top in the accent colour.
 */
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../format/number.ts';

export interface LineSeries {
  code: string;
  name: string;
  /** One value per period, in the order of `periods`; null is a gap. */
  values: (number | null)[];
  highlighted: boolean;
}

export interface LinePoint {
  period: string;
  value: number;
  x: number;
  y: number;
}

export interface LaidOutSeries extends LineSeries {
  /** Runs of consecutive known values: each is drawn as one path. */
  segments: LinePoint[][];
  /** Where the end label sits, after labels are pushed apart. */
  label: { x: number; y: number; anchorY: number } | undefined;
}

export interface LineSpec {
  width: number;
  height: number;
  periods: { period: string; x: number }[];
  yTicks: { value: number; y: number; text: string }[];
  plot: { left: number; right: number; top: number; bottom: number };
  series: LaidOutSeries[];
  label: string;
  unit: string;
  /** The value column's declared decimals, for tooltips and the summary. */
  decimals?: number | undefined;
}

const LABEL_GAP = 18;

export function lineSpec(input: {
  periods: readonly string[];
  series: readonly LineSeries[];
  label: string;
  unit: string;
  decimals?: number | undefined;
  width?: number;
  height?: number;
}): LineSpec {
  const width = input.width ?? 560;
  const height = input.height ?? 360;
  const plot = { left: 64, right: width - 72, top: 28, bottom: height - 32 };
  const known = input.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const y = scaleLinear()
    .domain([Math.min(0, ...known), Math.max(1, ...known)])
    .nice(5)
    .range([plot.bottom, plot.top]);
  const x = scaleLinear()
    .domain([0, Math.max(1, input.periods.length - 1)])
    .range([plot.left, plot.right]);
  const round = (n: number) => Math.round(n * 10) / 10;
  const series = input.series.map((s) => {
    const segments: LinePoint[][] = [];
    let run: LinePoint[] = [];
    s.values.forEach((value, i) => {
      if (value === null) {
        if (run.length > 0) segments.push(run);
        run = [];
        return;
      }
      run.push({ period: input.periods[i] ?? '', value, x: round(x(i)), y: round(y(value)) });
    });
    if (run.length > 0) segments.push(run);
    const last = segments.at(-1)?.at(-1);
    return {
      ...s,
      segments,
      label: last ? { x: round(last.x + 6), y: last.y, anchorY: last.y } : undefined,
    };
  });
  spreadLabels(series, plot);
  return {
    width,
    height,
    plot,
    periods: input.periods.map((period, i) => ({ period, x: round(x(i)) })),
    yTicks: y.ticks(5).map((value) => ({ value, y: round(y(value)), text: formatNumber(value) })),
    series,
    label: input.label,
    unit: input.unit,
    ...(input.decimals === undefined ? {} : { decimals: input.decimals }),
  };
}

/** Pushes end labels apart so that no two are closer than LABEL_GAP, keeping their order. */
function spreadLabels(series: LaidOutSeries[], plot: LineSpec['plot']): void {
  const labels = series
    .map((s) => s.label)
    .filter((l): l is NonNullable<typeof l> => l !== undefined)
    .sort((a, b) => a.y - b.y);
  for (let i = 1; i < labels.length; i++) {
    const [above, below] = [labels[i - 1], labels[i]] as [(typeof labels)[0], (typeof labels)[0]];
    if (below.y - above.y < LABEL_GAP) below.y = above.y + LABEL_GAP;
  }
  // If the last label was pushed below the plot, shift the stack back up.
  const overflow = (labels.at(-1)?.y ?? 0) - (plot.bottom + 4);
  if (overflow > 0) for (const label of labels) label.y -= overflow;
  for (const label of labels) label.y = Math.round(label.y * 10) / 10;
}
