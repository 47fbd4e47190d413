/**
 * Renders a choropleth spec to a self-contained SVG string. Fills are presentation attributes
 * (no inline styles, so a strict CSP holds and the exported file looks the same anywhere); every
 * metric's fill and value ride on data attributes so the browser can switch metrics without
 * fetching anything.
 */
import type { ChoroplethSpec } from '../../lib/charts/choropleth.ts';
import type { Annotation } from '../../lib/charts/kinds/annotations.ts';
import { CHART_ATTRS, regionAttr } from '../../lib/charts/markAttributes.ts';
import { COLOURS, FONT_STACK } from '../../lib/charts/theme.ts';
import { formatNumber } from '../../lib/format/number.ts';
import { attrs, esc, svgDocument, type Svg, type SvgText } from './svg.ts';

export const LEGEND_HEIGHT = 66;
const NO_DATA_STROKE = COLOURS.noData;

export interface MapText extends SvgText {
  activeMetric: string;
  /** Names the sources of a value for its tooltip. */
  sourceLabel: (ids: readonly string[]) => string;
}

/** The ink of a region's label: the class's label colour, dark on light fills and hatching. */
export const labelInk = (labelColor: string | undefined) =>
  labelColor === undefined || labelColor === 'currentColor' ? COLOURS.text : labelColor;

export function choroplethSvg(
  spec: ChoroplethSpec,
  text: MapText,
  annotations: readonly Annotation[] = [],
): Svg {
  const { uid, activeMetric } = text;
  const height = spec.height + LEGEND_HEIGHT;
  const regions = spec.regions.map((region) => regionPath(spec, region, text)).join('');
  const prefectures = prefectureBordersSvg(spec) + markedCitiesSvg(spec);
  const noteOf = new Map(annotations.map((a) => [a.at, a.text]));
  const labels = spec.regions
    .map((region) => regionLabel(spec, region, activeMetric, noteOf.get(region.code)))
    .join('');
  const cityLabels = spec.cities.map((city) => cityLabel(city)).join('');
  const legends = spec.metrics
    .map((m) => legendSvg(spec, m.id, m.unit, uid, m.id === activeMetric))
    .join('');
  const body =
    hatchDefs(uid) +
    `<g class="regions">${regions}</g><g class="prefectures" pointer-events="none">${prefectures}</g><g class="labels" pointer-events="none">${labels}${cityLabels}</g>${legends}`;
  return svgDocument({ width: spec.width, height }, text, 'choropleth', body, {
    'font-family': FONT_STACK,
  });
}

type Region = ChoroplethSpec['regions'][number];
type City = ChoroplethSpec['cities'][number];

/** The hatching that marks regions with no data. */
function hatchDefs(uid: string): string {
  return `<defs><pattern${attrs({ id: `${uid}-hatch`, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' })}><rect width="6" height="6" fill="${COLOURS.noDataBackground}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${NO_DATA_STROKE}" stroke-width="2"/></pattern></defs>`;
}

/** One region's outline, filled for the active metric, carrying every metric's fill and value. */
function regionPath(spec: ChoroplethSpec, region: Region, text: MapText): string {
  const { uid, activeMetric } = text;
  const active = region.values[activeMetric];
  const perMetric: Record<string, string | undefined> = {};
  for (const [metric, value] of Object.entries(region.values)) {
    perMetric[regionAttr.fill(metric)] = value.fill ?? `url(#${uid}-hatch)`;
    perMetric[regionAttr.text(metric)] = value.text;
    perMetric[regionAttr.ink(metric)] = labelInk(value.labelColor);
    perMetric[regionAttr.source(metric)] = value.note
      ? `${value.note};${text.sourceLabel(value.sources)}`
      : text.sourceLabel(value.sources);
  }
  return `<path${attrs({
    class: region.code === spec.highlight ? 'region highlight' : 'region',
    d: region.path,
    fill: active?.fill ?? `url(#${uid}-hatch)`,
    stroke: COLOURS.paper,
    'stroke-width': region.code === spec.highlight ? 2.5 : 1.2,
    [CHART_ATTRS.code]: region.code,
    [CHART_ATTRS.name]: region.name,
    ...perMetric,
  })}/>`;
}

/** The borders between prefectures, if the spec has any. */
function prefectureBordersSvg(spec: ChoroplethSpec): string {
  return spec.prefectureBorders
    ? `<path${attrs({ class: 'prefecture-borders', d: spec.prefectureBorders, fill: 'none', stroke: COLOURS.paper, 'stroke-width': 0.4, 'stroke-opacity': 0.7 })}/>`
    : '';
}

/** The outlines of the marked cities, in the accent colour. */
function markedCitiesSvg(spec: ChoroplethSpec): string {
  return spec.cities
    .map(
      (c) =>
        `<path${attrs({ class: 'prefecture marked', d: c.path, fill: 'none', stroke: COLOURS.accent, 'stroke-width': 2, [CHART_ATTRS.code]: c.code, [CHART_ATTRS.name]: c.name })}/>`,
    )
    .join('');
}

/** A region's name and active value, and its annotation below them if it has one. */
function regionLabel(
  spec: ChoroplethSpec,
  region: Region,
  activeMetric: string,
  note: string | undefined,
): string {
  const active = region.values[activeMetric];
  const annotation = note
    ? `<text${attrs({ class: 'annotation', x: region.label.x, y: region.label.y + 31, 'font-size': 12, 'font-style': 'italic' })}>${esc(note)}</text>`
    : '';
  return `<g${attrs({ class: 'label', [CHART_ATTRS.code]: region.code, fill: labelInk(active?.labelColor), 'text-anchor': 'middle' })}><text${attrs({ x: region.label.x, y: region.label.y - 3, 'font-size': 17, 'font-weight': region.code === spec.highlight ? 700 : 400 })}>${esc(region.name)}</text><text${attrs({ class: 'value', x: region.label.x, y: region.label.y + 15, 'font-size': 14 })}>${esc(active?.text ?? '')}</text>${annotation}</g>`;
}

/** A marked city's name, haloed in the paper colour so it reads over any fill. */
function cityLabel(p: City): string {
  return `<text${attrs({ class: 'city-label', x: p.label.x, y: p.label.y + 4, 'font-size': 13, 'text-anchor': 'middle', fill: COLOURS.text, stroke: COLOURS.paper, 'stroke-width': 3, 'paint-order': 'stroke' })}>${esc(p.name)}</text>`;
}

/** One legend per metric; only the active one is displayed. */
function legendSvg(
  spec: ChoroplethSpec,
  metric: string,
  unit: string,
  uid: string,
  active: boolean,
): string {
  const legend = spec.legends[metric];
  if (!legend) return '';
  const swatch = 36;
  const y = spec.height + 8;
  const items = legend.bins.map((bin, i) => {
    const x = 8 + i * (swatch + 4);
    return `<rect${attrs({ x, y, width: swatch, height: 12, fill: bin.color, stroke: COLOURS.noData, 'stroke-width': 0.5 })}/><text${attrs({ x, y: y + 26, 'font-size': 13, fill: 'currentColor' })}>${esc(formatNumber(bin.from))}</text>`;
  });
  const x = 8 + legend.bins.length * (swatch + 4);
  items.push(
    `<text${attrs({ x: x + 2, y: y + 11, 'font-size': 13, fill: 'currentColor' })}>${esc(unit)}</text>`,
  );
  // Second row: what hatching and "at least" mean.
  const y2 = y + 40;
  let x2 = 8;
  if (legend.hasMissing) {
    items.push(
      `<rect${attrs({ x: x2, y: y2, width: swatch, height: 12, fill: `url(#${uid}-hatch)`, stroke: NO_DATA_STROKE, 'stroke-width': 0.5 })}/><text${attrs({ x: x2 + swatch + 4, y: y2 + 11, 'font-size': 13, fill: 'currentColor' })}>无数据</text>`,
    );
    x2 += swatch + 64;
  }
  if (legend.hasPartial)
    items.push(
      `<text${attrs({ x: x2, y: y2 + 11, 'font-size': 13, fill: 'currentColor' })}>“至少”:来源不完整</text>`,
    );
  return `<g${attrs({ class: 'legend', [CHART_ATTRS.legend]: metric, display: active ? undefined : 'none', 'aria-hidden': 'true' })}>${items.join('')}</g>`;
}
