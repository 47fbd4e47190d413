/**
 * Choropleth spec: province (and optionally prefecture) paths projected at build time, each
 * with its value and fill for every metric, plus one legend per metric. Rendering is separate
 * (src/server/render), so the same spec feeds the page, the embed and the SVG export.
 */
import { geoPath, type GeoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { formatQuantity } from '../format/number.ts';
import { centralChinaProjection } from '../geo/projection.ts';
import { binOf, classBins, type ClassBin } from '../scales/breaks.ts';
import type { PlaceValue } from './measure.ts';

import type { MetricMeta } from './kinds/metric.ts';

export interface RegionValue extends PlaceValue {
  /** Fill colour, or undefined for no data (drawn hatched). */
  fill?: string;
  labelColor: string;
  /** The value as readers see it, with unit: "13项", "至少3个", "无数据". */
  text: string;
}

export interface Region {
  code: string;
  name: string;
  path: string;
  /** Where the label is centred, and the room for it: most of the region's width. */
  label: { x: number; y: number; room: number };
  values: Record<string, RegionValue>;
}

export interface ChoroplethSpec {
  /** Province outlines, or equal tiles that draw no boundary (tileMap.ts). */
  layout: 'boundaries' | 'tiles';
  width: number;
  height: number;
  metrics: MetricMeta[];
  regions: Region[];
  /** Borders between prefectures, one path with each border once (empty unless cities are asked for). */
  prefectureBorders: string;
  /** The cities the chart marks, with their outline and label position. */
  cities: { code: string; name: string; path: string; label: { x: number; y: number } }[];
  legends: Record<string, { bins: ClassBin[]; hasMissing: boolean; hasPartial: boolean }>;
  /** Tiles: a line inside a province's tile (the cities the chart marks there), by place code. */
  tileNotes?: Record<string, string>;
  highlight?: string;
}

export interface ChoroplethInput {
  topology: Topology;
  names: ReadonlyMap<string, string>;
  metrics: { meta: MetricMeta; values: readonly PlaceValue[] }[];
  /** The widest the map may be; it is cropped to its own shape. */
  width: number;
  height: number;
  /** Room the legend needs below the map. */
  minWidth?: number;
  highlight?: string;
  cities?: readonly string[];
}

/** Formats a value with its unit as a reader sees it. */
export function valueText(value: PlaceValue, unit: string, decimals?: number): string {
  return formatQuantity(value.value, unit, { atLeast: value.atLeast, decimals });
}

/** Projects the map, classes every metric's values into fills, and places labels and cities. */
export function choroplethSpec(input: ChoroplethInput): ChoroplethSpec {
  const { topology, names, metrics, height } = input;
  const provinces = feature(topology, topology.objects['provinces'] as GeometryCollection);
  const { width, path } = croppedPath(input, provinces);
  const { legends, fills } = metricValues(metrics);
  const wanted = new Set(input.cities ?? []);
  // Provinces holding a marked city get their inner borders drawn and their label moved aside.
  const cityProvinces = new Set([...wanted].map((code) => `${code.slice(0, 2)}0000`));
  const regions = provinces.features.map((f) => placeRegion(f, path, names, fills, cityProvinces));
  const prefectureObject = topology.objects['prefectures'] as GeometryCollection;
  const prefectureBorders =
    input.cities === undefined
      ? ''
      : prefectureBordersPath(topology, prefectureObject, path, cityProvinces);
  const cities = markedCities(topology, prefectureObject, path, names, wanted);

  return {
    layout: 'boundaries',
    width,
    height,
    metrics: metrics.map((m) => m.meta),
    regions,
    prefectureBorders,
    cities,
    legends,
    ...(input.highlight ? { highlight: input.highlight } : {}),
  };
}

type Provinces = FeatureCollection;
type ProvinceFeature = Provinces['features'][number];

/** The projected path generator and the width of the map cropped to its own shape. */
function croppedPath(
  input: ChoroplethInput,
  provinces: Provinces,
): { width: number; path: GeoPath } {
  const { height } = input;
  // Fit the height, then crop the width to the map, so a tall shape fills a narrow phone screen.
  const fitted = centralChinaProjection(input.width, height, provinces);
  const [[x0], [x1]] = geoPath(fitted).bounds(provinces);
  const pad = Math.round(height * 0.02);
  const width = Math.ceil(Math.max(x1 - x0 + 2 * pad, input.minWidth ?? 0));
  const projection = fitted.translate([
    fitted.translate()[0] - x0 + (width - (x1 - x0)) / 2,
    fitted.translate()[1],
  ]);
  return { width, path: geoPath(projection).digits(1) };
}

/** Each metric's legend, and every place's value, fill and text by place code, then metric id. */
export function metricValues(metrics: ChoroplethInput['metrics']): {
  legends: ChoroplethSpec['legends'];
  fills: Map<string, Map<string, RegionValue>>;
} {
  const legends: ChoroplethSpec['legends'] = {};
  const fills = new Map<string, Map<string, RegionValue>>();
  for (const { meta, values } of metrics) {
    const known = values.filter((v) => v.value !== null).map((v) => v.value as number);
    const bins = classBins(known, { integer: meta.integer });
    legends[meta.id] = {
      bins,
      hasMissing: known.length < values.length,
      hasPartial: values.some((v) => v.atLeast),
    };
    for (const value of values) {
      const bin = value.value === null ? undefined : binOf(value.value, bins);
      const region = fills.get(value.code) ?? new Map<string, RegionValue>();
      region.set(meta.id, {
        ...value,
        ...(bin ? { fill: bin.color } : {}),
        labelColor: bin?.labelColor ?? 'currentColor',
        text: valueText(value, meta.unit, meta.decimals),
      });
      fills.set(value.code, region);
    }
  }
  return { legends, fills };
}

/** One province's outline, label position and values. */
function placeRegion(
  f: ProvinceFeature,
  path: GeoPath,
  names: ReadonlyMap<string, string>,
  fills: ReadonlyMap<string, Map<string, RegionValue>>,
  cityProvinces: ReadonlySet<string>,
): Region {
  const code = String(f.id);
  const [cx, cy] = path.centroid(f as GeoPermissibleObjects);
  // City labels sit near the middle of their province; its own label moves to its southern part.
  const [[left, top], [right, bottom]] = path.bounds(f as GeoPermissibleObjects);
  const [x, y] = cityProvinces.has(code)
    ? [cx + (right - left) * 0.08, top + (bottom - top) * 0.7]
    : [cx, cy];
  return {
    code,
    name: names.get(code) ?? code,
    path: path(f as GeoPermissibleObjects) ?? '',
    label: { x: round(x), y: round(y), room: round((right - left) * 0.75) },
    values: Object.fromEntries(fills.get(code) ?? []),
  };
}

const provinceOfFeature = (g: { properties?: unknown }) =>
  String((g.properties as { province?: string } | null)?.province ?? '');

/** The borders between prefectures inside the provinces of the marked cities, as one path. */
function prefectureBordersPath(
  topology: Topology,
  prefectureObject: GeometryCollection,
  path: GeoPath,
  cityProvinces: ReadonlySet<string>,
): string {
  // A mesh draws each shared border once: a fraction of the bytes of one path per prefecture.
  // Only the borders inside the provinces of the marked cities: the map is about those cities.
  return (
    path(
      mesh(
        topology,
        prefectureObject,
        (a, b) =>
          a !== b &&
          provinceOfFeature(a) === provinceOfFeature(b) &&
          cityProvinces.has(provinceOfFeature(a)),
      ),
    ) ?? ''
  );
}

/** The cities the chart marks, in the topology's order, with outline and label position. */
function markedCities(
  topology: Topology,
  prefectureObject: GeometryCollection,
  path: GeoPath,
  names: ReadonlyMap<string, string>,
  wanted: ReadonlySet<string>,
): ChoroplethSpec['cities'] {
  return feature(topology, prefectureObject)
    .features.filter((f) => wanted.has(String(f.id)))
    .map((f) => {
      const code = String(f.id);
      const [x, y] = path.centroid(f as GeoPermissibleObjects);
      const name =
        names.get(code) ?? String((f.properties as { name?: string } | null)?.name ?? code);
      return {
        code,
        name,
        path: path(f as GeoPermissibleObjects) ?? '',
        label: { x: round(x), y: round(y) },
      };
    });
}

const round = (n: number) => Math.round(n * 10) / 10;
