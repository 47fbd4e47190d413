// SVG snapshots of each chart kind, rendered from the small fixture content set. A changed
// snapshot is a changed picture: review the diff. Vitest writes a missing snapshot only outside
// CI; in CI a missing or different snapshot fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { barSpec } from '../../src/lib/charts/bar.ts';
import { choroplethSpec } from '../../src/lib/charts/choropleth.ts';
import { computeMetric } from '../../src/lib/charts/measure.ts';
import { scatterSpec } from '../../src/lib/charts/scatter.ts';
import { timelineSpec } from '../../src/lib/charts/timeline.ts';
import { metricSchema } from '../../src/lib/schema/chart.ts';
import { barSvg } from '../../src/server/render/barSvg.ts';
import { choroplethSvg } from '../../src/server/render/choroplethSvg.ts';
import { scatterSvg } from '../../src/server/render/scatterSvg.ts';
import { timelineSvg } from '../../src/server/render/timelineSvg.ts';
import { fixtureContent } from '../support/fixtureContent.ts';

const content = fixtureContent();
const topology = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', 'content', 'geo', 'central-china.topo.json'),
    'utf8',
  ),
) as Topology;
const names = new Map(content.places.map((p) => [p.data.code, p.data.short_zh]));
const filings = metricSchema.parse({
  id: 'filings',
  label: '备案数',
  unit: '项',
  data: 'filingProvinces',
  value: 'services',
});
const gdp = metricSchema.parse({
  id: 'gdp',
  label: 'GDP',
  unit: '亿元',
  data: 'gdp',
  value: 'gdp_yi',
  where: { year: 2019 },
});
const provinces = ['430000', '420000'];
const series = (metric: typeof filings) => ({
  meta: {
    id: metric.id,
    label: metric.label,
    unit: metric.unit,
    integer: metric.value !== 'gdp_yi',
  },
  values: computeMetric(metric, content, provinces),
});
const snapshot = (name: string) => join(import.meta.dirname, '..', 'snapshots', name);

describe('chart SVG snapshots', () => {
  it('choropleth', async () => {
    const spec = choroplethSpec({
      topology,
      names,
      metrics: [series(filings), series(gdp)],
      width: 520,
      height: 500,
      highlight: '430000',
    });
    const svg = choroplethSvg(spec, {
      uid: 'snap',
      title: '备案数',
      desc: '湖南 13 项',
      activeMetric: 'filings',
      sourceLabel: (ids) => ids.join('、'),
    });
    expect(svg).toContain('role="img"');
    await expect(svg).toMatchFileSnapshot(snapshot('choropleth.svg'));
  });

  it('bar', async () => {
    const { meta, values } = series(filings);
    await expect(
      barSvg(barSpec(meta, values, names, '430000'), {
        uid: 'snap',
        title: '备案数',
        desc: 'd',
        sourceLabel: (ids) => ids.join('、'),
      }),
    ).toMatchFileSnapshot(snapshot('bar.svg'));
  });

  it('scatter', async () => {
    const colors = {
      text: 'currentColor',
      muted: 'currentColor',
      grid: '#ccc',
      point: '#2c7fb8',
      accent: '#b3400b',
    };
    const spec = scatterSpec({
      x: series(gdp),
      y: series(filings),
      names,
      highlight: '430000',
      colors,
    });
    const svg = scatterSvg(spec, {
      uid: 'snap',
      title: 't',
      desc: 'd',
      width: 520,
      height: 420,
      tips: spec.points.map((p) => p.name),
    });
    expect(svg).not.toMatch(/ style="|<style/);
    await expect(svg).toMatchFileSnapshot(snapshot('scatter.svg'));
  });

  it('timeline', async () => {
    const events = content.events.map((r) => ({
      id: r.data.id,
      date: r.data.date ?? '2020',
      row: r.data.province ?? 'national',
      level: r.data.level,
      kind: r.data.kind,
      title: r.data.summary_zh,
      summary: r.data.summary_zh,
      sources: r.data.sources,
    }));
    const spec = timelineSpec({
      events,
      rowLabels: names,
      rowOrder: ['national', '430000'],
      from: 2018,
      to: 2020,
      width: 720,
    });
    await expect(timelineSvg(spec, { uid: 'snap', title: 't', desc: 'd' })).toMatchFileSnapshot(
      snapshot('timeline.svg'),
    );
  });
});
