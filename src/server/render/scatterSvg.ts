/**
 * Renders a scatter spec with ECharts' server-side SVG renderer (tree-shaken imports), then
 * makes the output fit the site: responsive viewBox, role="img" with title and desc, styles as
 * presentation attributes (a strict CSP forbids inline style), and data attributes on each
 * point for the tooltip and keyboard script.
 */
import { ScatterChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { CHART_ATTRS } from '../../lib/charts/markAttributes.ts';
import type { ScatterSpec } from '../../lib/charts/scatter.ts';
import { FONT, HIT, WIDE, type Artboard } from './artboards.ts';
import { attrs, svgDocument, type Svg, type SvgText } from './svg.ts';

echarts.use([ScatterChart, GridComponent, LabelLayout, SVGRenderer]);

export interface ScatterSvgOptions extends SvgText {
  /** Tooltip text of each point, in the order of spec.points. */
  tips: readonly string[];
  board?: Artboard;
}

/** The height of the plot at each artboard. */
const HEIGHT = { narrow: 340, wide: 420 };

/** The spec's option at the artboard's size: text at FONT, tighter margins when narrow. */
function optionFor(option: EChartsOption, board: Artboard): EChartsOption {
  const axis = (a: unknown, gap: number, ticks: number) => {
    const given = a as Record<string, Record<string, unknown>>;
    return {
      ...given,
      nameGap: gap,
      splitNumber: ticks,
      nameTextStyle: { ...given['nameTextStyle'], fontSize: FONT },
      axisLabel: { ...given['axisLabel'], fontSize: FONT, hideOverlap: true },
    };
  };
  const narrow = board.name === 'narrow';
  return {
    ...option,
    grid: narrow ? { left: 60, right: 28, top: 20, bottom: 56 } : option.grid,
    xAxis: axis(option.xAxis, narrow ? 32 : 36, narrow ? 3 : 5),
    yAxis: axis(option.yAxis, narrow ? 44 : 48, 5),
  } as EChartsOption;
}

/** Annotations ride on the point labels (see scatterSpec), which ECharts lays out itself. */
export function scatterSvg(spec: ScatterSpec, options: ScatterSvgOptions): Svg {
  const board = options.board ?? WIDE;
  const size = { width: board.width, height: HEIGHT[board.name] };
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(optionFor(spec.option, board));
    // Each point gets an invisible target HIT wide, on top of the drawing.
    const targets = spec.points.map((point, i) => {
      const [cx, cy] = chart.convertToPixel({ seriesIndex: 0 }, [point.x, point.y]) as number[];
      return `<circle${attrs({ class: 'point', cx: Math.round(cx ?? 0), cy: Math.round(cy ?? 0), r: HIT / 2, fill: 'transparent', [CHART_ATTRS.code]: point.code, [CHART_ATTRS.name]: point.name, [CHART_ATTRS.tip]: options.tips[i] })}/>`;
    });
    return finish(chart.renderToSVGString(), size, options, targets.join(''));
  } finally {
    chart.dispose();
  }
}

/** ECharts' markup made CSP-safe (no style attributes) and its points marked for the script. */
function finish(
  raw: string,
  size: { width: number; height: number },
  options: ScatterSvgOptions,
  targets: string,
): Svg {
  const body = raw
    .replace(/^<svg[^>]*>/, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_, css: string) => styleToAttributes(css))
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/<\/svg>\s*$/, '');
  return svgDocument(size, options, 'scatter', body + targets);
}

/** `font-size:12px;font-family:sans-serif` → ` font-size="12px" font-family="sans-serif"`. */
export function styleToAttributes(css: string): string {
  return css
    .replace(/&quot;/g, "'")
    .split(';')
    .map((rule) => rule.split(':'))
    .filter(
      (parts): parts is [string, string] => parts.length === 2 && (parts[0] ?? '').trim() !== '',
    )
    .map(([name, value]) => ` ${name.trim()}="${value.trim().replace(/"/g, "'")}"`)
    .join('');
}
