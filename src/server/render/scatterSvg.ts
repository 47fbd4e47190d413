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
import { CHART_ATTRS } from '../../lib/charts/markAttributes.ts';
import type { ScatterSpec } from '../../lib/charts/scatter.ts';
import { attrs, svgDocument, type Svg, type SvgText } from './svg.ts';

echarts.use([ScatterChart, GridComponent, LabelLayout, SVGRenderer]);

export interface ScatterSvgOptions extends SvgText {
  width: number;
  height: number;
  /** Tooltip text of each point, in the order of spec.points. */
  tips: readonly string[];
}

/** Annotations ride on the point labels (see scatterSpec), which ECharts lays out itself. */
export function scatterSvg(spec: ScatterSpec, options: ScatterSvgOptions): Svg {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: options.width,
    height: options.height,
  });
  try {
    chart.setOption(spec.option);
    return finish(chart.renderToSVGString(), spec, options);
  } finally {
    chart.dispose();
  }
}

/** ECharts' markup made CSP-safe (no style attributes) and its points marked for the script. */
function finish(raw: string, spec: ScatterSpec, options: ScatterSvgOptions): Svg {
  const body = raw
    .replace(/^<svg[^>]*>/, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_, css: string) => styleToAttributes(css))
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(
      /<path([^>]*?) ecmeta_series_index="0" ecmeta_data_index="(\d+)"([^>]*)>/g,
      (_, before: string, index: string, after: string) => {
        const point = spec.points[Number(index)];
        if (!point) return `<path${before}${after}>`;
        return `<path${before}${after}${attrs({ class: 'point', [CHART_ATTRS.code]: point.code, [CHART_ATTRS.name]: point.name, [CHART_ATTRS.tip]: options.tips[Number(index)] })}>`;
      },
    )
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/<\/svg>\s*$/, '');
  return svgDocument({ width: options.width, height: options.height }, options, 'scatter', body);
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
