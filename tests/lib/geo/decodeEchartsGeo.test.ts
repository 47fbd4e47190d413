import { describe, expect, it } from 'vitest';
import {
  decodeEchartsGeo,
  decodeGeometry,
  decodeRing,
  zigzagDecode,
  type EchartsGeoJson,
} from '../../../src/lib/geo/decodeEchartsGeo.ts';

/** The inverse of the decoder, written from the format's description (zigzag, +64, deltas). */
function encodeRing(points: [number, number][]): { ring: string; offset: [number, number] } {
  const quantized = points.map(([x, y]) => [Math.round(x * 1024), Math.round(y * 1024)]);
  const [first = [0, 0]] = quantized;
  const char = (delta: number) => String.fromCharCode(((delta << 1) ^ (delta >> 31)) + 64);
  let [px, py] = first;
  const ring = quantized
    .map(([x = 0, y = 0]) => {
      const pair = char(x - px!) + char(y - py!);
      [px, py] = [x, y];
      return pair;
    })
    .join('');
  return { ring, offset: [first[0]!, first[1]!] };
}

describe('zigzagDecode', () => {
  it('maps 0, 1, 2, 3, 4 to 0, -1, 1, -2, 2', () => {
    expect([0, 1, 2, 3, 4].map(zigzagDecode)).toEqual([0, -1, 1, -2, 2]);
  });
});

describe('decodeRing', () => {
  it('decodes a hand-encoded ring', () => {
    // Start at 113°E 28°N (115712/1024, 28672/1024). Deltas in 1/1024°, zigzagged, plus 64:
    // (0,0) → "@@"; (+3,-2) → 6,3 → "FC"; (-1,+4) → 1,8 → "AH"; (-2,-2) → 3,3 → "CC".
    const ring = decodeRing('@@FCAHCC', [115712, 28672]);
    expect(ring).toEqual([
      [113, 28],
      [115715 / 1024, 28670 / 1024],
      [115714 / 1024, 28674 / 1024],
      [113, 28],
    ]);
  });

  it('round-trips points encoded with the formula, including large deltas', () => {
    const points: [number, number][] = [
      [112.5, 28.25],
      [113.0009765625, 28.2490234375],
      [114.75, 29.5],
      [112.5, 28.25],
    ];
    const { ring, offset } = encodeRing(points);
    expect(ring).toHaveLength(points.length * 2);
    expect(decodeRing(ring, offset)).toEqual(points);
  });

  it('rejects a string with half a point', () => {
    expect(() => decodeRing('@@F', [0, 0])).toThrow(/odd-length/);
  });
});

describe('decodeGeometry', () => {
  it('gives each ring of a MultiPolygon its own offsets', () => {
    const geometry = decodeGeometry({
      type: 'MultiPolygon',
      coordinates: [['@@BB'], ['@@AA']],
      encodeOffsets: [[[1024, 2048]], [[0, 0]]],
    });
    expect(geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [1, 2],
            [1025 / 1024, 2049 / 1024],
          ],
        ],
        [
          [
            [0, 0],
            [-1 / 1024, -1 / 1024],
          ],
        ],
      ],
    });
  });
});

describe('decodeEchartsGeo', () => {
  const map: EchartsGeoJson = {
    type: 'FeatureCollection',
    UTF8Encoding: true,
    features: [
      {
        id: '430100',
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: ['@@FCAHCC'], encodeOffsets: [[115712, 28672]] },
        properties: { name: '长沙市', cp: [113, 28], childNum: 1 },
      },
    ],
  };

  it('keeps id and name and decodes the geometry', () => {
    const [feature] = decodeEchartsGeo(map).features;
    expect(feature?.properties).toEqual({ id: '430100', name: '长沙市' });
    expect(feature?.geometry.type).toBe('Polygon');
    expect(feature?.geometry.coordinates[0]).toHaveLength(4);
  });

  it('refuses a map that is not compressed', () => {
    expect(() => decodeEchartsGeo({ ...map, UTF8Encoding: false })).toThrow(/UTF8Encoding/);
  });
});
