/**
 * Decodes ECharts' compressed map GeoJSON (`UTF8Encoding: true`), as shipped by old ECharts map
 * packages: each ring is a string in which every two characters are one point, stored as
 * zigzag-encoded deltas offset by 64, starting from `encodeOffsets` and scaled by 1024.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** ECharts' default quantization: coordinates are stored in 1/1024 degree. */
export const ECHARTS_ENCODE_SCALE = 1024;

/** An offset pair: the first point's quantized [lon, lat]. */
export type EncodeOffset = [number, number];

/** A geometry as ECharts stores it: rings as strings, with one offset pair per ring. */
export type EchartsGeometry =
  | { type: 'Polygon'; coordinates: string[]; encodeOffsets: EncodeOffset[] }
  | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: EncodeOffset[][] };

/** One feature of a registered ECharts map. */
export interface EchartsFeature {
  id?: string;
  type: 'Feature';
  geometry: EchartsGeometry;
  properties: { name: string; cp?: [number, number]; childNum?: number };
}

/** The object passed to `echarts.registerMap(name, geoJson)`. */
export interface EchartsGeoJson {
  type: 'FeatureCollection';
  features: EchartsFeature[];
  UTF8Encoding?: boolean;
}

/** Properties kept on a decoded feature. */
export interface DecodedProperties {
  id: string;
  name: string;
}

/** Undoes zigzag encoding: 0, 1, 2, 3, … → 0, -1, 1, -2, … */
export function zigzagDecode(value: number): number {
  return (value >> 1) ^ -(value & 1);
}

/** Decodes one compressed ring into [lon, lat] positions in degrees. */
export function decodeRing(
  encoded: string,
  offset: EncodeOffset,
  scale: number = ECHARTS_ENCODE_SCALE,
): Position[] {
  if (encoded.length % 2 !== 0) throw new Error(`odd-length encoded ring (${encoded.length})`);
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    x += zigzagDecode(encoded.charCodeAt(i) - 64);
    y += zigzagDecode(encoded.charCodeAt(i + 1) - 64);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** Decodes the rings of one polygon, each with its own offset pair. */
function decodePolygon(rings: string[], offsets: EncodeOffset[], scale: number): Position[][] {
  return rings.map((ring, i) => {
    const offset = offsets[i];
    if (!offset) throw new Error(`ring ${i} has no encodeOffsets entry`);
    return decodeRing(ring, offset, scale);
  });
}

/** Decodes one ECharts geometry to a plain GeoJSON Polygon or MultiPolygon. */
export function decodeGeometry(
  geometry: EchartsGeometry,
  scale: number = ECHARTS_ENCODE_SCALE,
): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') {
    return {
      type: 'Polygon',
      coordinates: decodePolygon(geometry.coordinates, geometry.encodeOffsets, scale),
    };
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((rings, i) =>
      decodePolygon(rings, geometry.encodeOffsets[i] ?? [], scale),
    ),
  };
}

/**
 * Decodes a whole registered map. Rings keep the source's winding: rewinding is the caller's
 * job, because it depends on the renderer (d3 wants the opposite of RFC 7946).
 */
export function decodeEchartsGeo(
  geo: EchartsGeoJson,
): FeatureCollection<Polygon | MultiPolygon, DecodedProperties> {
  if (geo.UTF8Encoding !== true) throw new Error('map is not UTF8Encoding-compressed');
  return {
    type: 'FeatureCollection',
    features: geo.features.map((f): Feature<Polygon | MultiPolygon, DecodedProperties> => ({
      type: 'Feature',
      geometry: decodeGeometry(f.geometry),
      properties: { id: f.id ?? '', name: f.properties.name },
    })),
  };
}
