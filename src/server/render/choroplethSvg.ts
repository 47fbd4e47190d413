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
import { placeMapLabels, type Box } from '../../lib/charts/mapLabels.ts';
import { formatNumber } from '../../lib/format/number.ts';
import { textWidth } from '../../lib/format/textWidth.ts';
import { attrs, esc, svgDocument, type Svg, type SvgText } from './svg.ts';

export const LEGEND_HEIGHT = 66;
const CITY_FONT = 13;
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
  // A tile names the cities the chart marks in its province, after any annotation there.
  const noteOf = new Map(Object.entries(spec.tileNotes ?? {}));
  for (const a of annotations)
    noteOf.set(a.at, noteOf.has(a.at) ? `${a.text}，${noteOf.get(a.at) ?? ''}` : a.text);
  const cityLabels = spec.cities.map((city) => cityLabel(city)).join('');
  const labels = spec.metrics
    .map((m) => metricLabels(spec, m.id, noteOf, m.id === activeMetric))
    .join('');
  const legends = spec.metrics
    .map((m) => legendSvg(spec, m.id, m.unit, uid, m.id === activeMetric))
    .join('');
  const body =
    hatchDefs(uid) +
    `<g class="regions">${regions}</g>${prefectures ? `<g class="prefectures" pointer-events="none">${prefectures}</g>` : ''}<g class="labels" pointer-events="none">${labels}${cityLabels}</g>${legends}`;
  const kind = spec.layout === 'tiles' ? 'choropleth chart-svg-tiles' : 'choropleth';
  return svgDocument({ width: spec.width, height }, text, kind, body, {
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

/**
 * The region labels under one metric, placed so that none overlaps another or a city's label
 * (see mapLabels.ts); shown only while that metric is (the page script toggles data-legend).
 */
function metricLabels(
  spec: ChoroplethSpec,
  metric: string,
  noteOf: ReadonlyMap<string, string>,
  active: boolean,
): string {
  const placed = placeMapLabels(
    spec.regions.map((region) => ({
      code: region.code,
      name: region.name,
      value: region.values[metric]?.text ?? '',
      note: noteOf.get(region.code),
      ...region.label,
    })),
    spec.width,
    spec.cities.map((city) => cityBox(city)),
  );
  const groups = placed.map((label) => {
    const region = spec.regions.find((r) => r.code === label.code);
    const bold = label.code === spec.highlight ? 700 : 400;
    const lines = label.lines
      .map(
        (line) =>
          `<text${attrs({ class: line.role === 'value' ? 'label-value' : line.role === 'note' ? 'annotation' : undefined, x: label.x, y: Math.round((label.y + line.dy) * 10) / 10, 'font-size': line.size, 'font-weight': line.role === 'name' ? bold : undefined, 'font-style': line.role === 'note' ? 'italic' : undefined })}>${esc(line.text)}</text>`,
      )
      .join('');
    const ink = labelInk(region?.values[metric]?.labelColor);
    return `<g${attrs({ class: 'label', [CHART_ATTRS.code]: label.code, fill: ink, 'text-anchor': 'middle' })}>${lines}</g>`;
  });
  return `<g${attrs({ class: 'metric-labels', [CHART_ATTRS.legend]: metric, display: active ? undefined : 'none' })}>${groups.join('')}</g>`;
}

/** The room a marked city's label takes. */
function cityBox(p: City): Box {
  const half = textWidth(p.name, CITY_FONT) / 2 + 2;
  return {
    left: p.label.x - half,
    right: p.label.x + half,
    top: p.label.y - 10,
    bottom: p.label.y + 8,
  };
}

/** A marked city's name, haloed in the paper colour so it reads over any fill. */
function cityLabel(p: City): string {
  return `<text${attrs({ class: 'city-label', x: p.label.x, y: p.label.y + 4, 'font-size': CITY_FONT, 'text-anchor': 'middle', fill: COLOURS.text, stroke: COLOURS.paper, 'stroke-width': 3, 'paint-order': 'stroke' })}>${esc(p.name)}</text>`;
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
  const unitWidth = textWidth(unit, 13) + 6;
  // Swatches as wide as their labels; if they cannot all be, every other bin is labelled.
  const widest = Math.max(...legend.bins.map((b) => textWidth(formatNumber(b.from), 13)));
  const room = (spec.width - 16 - unitWidth) / legend.bins.length;
  const swatch = Math.max(24, Math.min(Math.max(36, widest + 8), room - 4));
  const every = widest + 8 <= swatch + 4 ? 1 : 2;
  const y = spec.height + 8;
  const items = legend.bins.map((bin, i) => {
    const x = 8 + i * (swatch + 4);
    const label =
      i % every === 0
        ? `<text${attrs({ x, y: y + 26, 'font-size': 13, fill: 'currentColor' })}>${esc(formatNumber(bin.from))}</text>`
        : '';
    return `<rect${attrs({ x, y, width: swatch, height: 12, fill: bin.color, stroke: COLOURS.noData, 'stroke-width': 0.5 })}/>${label}`;
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
      `<text${attrs({ x: x2, y: y2 + 11, 'font-size': 13, fill: 'currentColor' })}>“至少”：来源不完整</text>`,
    );
  return `<g${attrs({ class: 'legend', [CHART_ATTRS.legend]: metric, display: active ? undefined : 'none', 'aria-hidden': 'true' })}>${items.join('')}</g>`;
}
