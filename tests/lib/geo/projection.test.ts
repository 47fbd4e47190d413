import { readFileSync } from 'node:fs';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { centralChinaProjection } from '../../../src/lib/geo/projection.ts';

const FILE = new URL('../../../content/geo/central-china.topo.json', import.meta.url);
const topology = JSON.parse(readFileSync(FILE, 'utf8')) as Topology;
const provinces = feature(topology, topology.objects['provinces'] as GeometryCollection);

describe('centralChinaProjection', () => {
  it.each([
    [600, 700],
    [900, 400],
    [320, 320],
  ])('fits the six provinces inside %d × %d', (width, height) => {
    const projection = centralChinaProjection(width, height, provinces);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(provinces);
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(width);
    expect(y1).toBeLessThanOrEqual(height);
    // Fitted, not merely inside: one dimension spans all but the padding.
    const fill = Math.max((x1 - x0) / width, (y1 - y0) / height);
    expect(fill).toBeGreaterThan(0.9);
  });

  it('is the conic equal-area centred on 113°E with parallels 25° and 47°', () => {
    const projection = centralChinaProjection(600, 700, provinces);
    expect(projection.parallels()).toEqual([25, 47]);
    expect(projection.rotate()).toEqual([-113, 0, 0]);
  });
});
