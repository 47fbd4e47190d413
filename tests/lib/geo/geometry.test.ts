import { readFileSync, statSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

const FILE = new URL('../../../content/geo/central-china.topo.json', import.meta.url);
const topology = JSON.parse(readFileSync(FILE, 'utf8')) as Topology;
const EARTH_RADIUS_KM = 6371.0088;

const collection = (name: string): FeatureCollection => {
  const object = topology.objects[name];
  if (!object) throw new Error(`object ${name} missing`);
  return feature(topology, object as GeometryCollection);
};
const km2 = (f: Feature) => geoArea(f) * EARTH_RADIUS_KM ** 2;

const provinces = collection('provinces');
const prefectures = collection('prefectures');

/** Official land areas (km²) and prefecture-level units (incl. province-administered cities). */
const OFFICIAL: Record<string, { name: string; km2: number; prefectures: number }> = {
  '140000': { name: '山西省', km2: 156_700, prefectures: 11 },
  '340000': { name: '安徽省', km2: 140_100, prefectures: 16 },
  '360000': { name: '江西省', km2: 166_900, prefectures: 11 },
  '410000': { name: '河南省', km2: 167_000, prefectures: 18 },
  '420000': { name: '湖北省', km2: 185_900, prefectures: 17 },
  '430000': { name: '湖南省', km2: 211_800, prefectures: 14 },
};

describe('central-china.topo.json', () => {
  it('is under 150 KB', () => {
    expect(statSync(FILE).size).toBeLessThan(150 * 1024);
  });

  it('has the six provinces, with code ids and names', () => {
    expect(provinces.features.map((f) => f.id).sort()).toEqual(Object.keys(OFFICIAL).sort());
    for (const f of provinces.features) {
      expect(f.properties).toEqual({ code: f.id, name: OFFICIAL[String(f.id)]!.name });
    }
  });

  it.each(Object.entries(OFFICIAL))('%s is within 2 %% of its official area', (code, official) => {
    const province = provinces.features.find((f) => f.id === code)!;
    expect(Math.abs(km2(province) / official.km2 - 1)).toBeLessThan(0.02);
  });

  it.each(Object.entries(OFFICIAL))('%s has its prefectures', (code, official) => {
    const own = prefectures.features.filter((f) => f.properties?.['province'] === code);
    expect(own).toHaveLength(official.prefectures);
  });

  it('gives every prefecture a 6-digit code id within its province', () => {
    for (const f of prefectures.features) {
      const { code, province } = f.properties as { code: string; province: string };
      expect(f.id).toBe(code);
      expect(code).toMatch(/^\d{6}$/);
      expect(code.slice(0, 2)).toBe(province.slice(0, 2));
    }
  });

  it('has no prefecture ring painting the globe', () => {
    for (const f of prefectures.features) {
      const area = km2(f);
      expect(area, String(f.id)).toBeGreaterThan(1);
      expect(area, String(f.id)).toBeLessThan(100_000);
    }
  });

  it('has Changsha and Loudi', () => {
    const names = new Map(prefectures.features.map((f) => [f.id, f.properties?.['name']]));
    expect(names.get('430100')).toBe('长沙市');
    expect(names.get('431300')).toBe('娄底市');
  });
});
