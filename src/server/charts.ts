/**
 * Builds every chart of content/charts/ once per build: reads the definitions, computes the specs
 * in src/lib/charts, renders them to SVG, and gathers summary, table and sources. Pages, embeds
 * and exports all take their chart from here, so one id means the same chart everywhere.
 */
import topology from '../../content/geo/central-china.topo.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import { barSpec } from '../lib/charts/bar.ts';
import { loadChartDefinitions, type LoadedChart } from '../lib/charts/chartDefinitions.ts';
import { choroplethSpec, valueText, type MetricMeta } from '../lib/charts/choropleth.ts';
import { computeMetric, matchesWhere, provinceOf, type PlaceValue } from '../lib/charts/measure.ts';
import { scatterSpec } from '../lib/charts/scatter.ts';
import { rankingSummary, scatterSummary } from '../lib/charts/summary.ts';
import { timelineSpec } from '../lib/charts/timeline.ts';
import type { ContentSetRows } from '../lib/data/contentSet.ts';
import { datasets } from '../lib/data/datasets.ts';
import { FIELD_LABELS, tableView, type TableCell } from '../lib/data/tableView.ts';
import type { Metric } from '../lib/schema/chart.ts';
import type { Source } from '../lib/schema/source.ts';
import { readChartFiles } from './chartFiles.ts';
import { getContent } from './content.ts';
import { barSvg } from './render/barSvg.ts';
import { choroplethSvg } from './render/choroplethSvg.ts';
import { scatterSvg } from './render/scatterSvg.ts';
import { timelineSvg } from './render/timelineSvg.ts';

export interface ChartView {
  /** Metric id for switchable views; undefined when the chart has a single view. */
  metric?: string;
  label?: string;
  svg: string;
  summary: string;
}

export interface RenderedChart {
  id: string;
  file: string;
  kind: LoadedChart['definition']['kind'];
  title: string;
  subtitle?: string;
  /** The hand-written description, or the generated summary of the default view. */
  summary: string;
  notes: string[];
  /** One view per metric for charts a reader can switch; the first is the default. */
  views: ChartView[];
  /** Whether switching a metric swaps whole SVGs (scatter, bar) or only recolours one (map). */
  switchMode: 'none' | 'recolour' | 'swap';
  table: { columns: string[]; rows: TableCell[][] };
  /** The rows plotted, as raw values with their source ids: what /data/<id>.csv holds. */
  csv: { columns: string[]; rows: (string | number | null)[][] };
  sources: Source[];
  /** Timeline: province and kind filters. */
  filters?: { rows: { key: string; label: string }[]; kinds: { key: string; label: string }[] };
  /** Timeline: the events as an ordered list, each with its date at its own precision. */
  events?: {
    id: string;
    date: string;
    dateText: string;
    row: string;
    place: string;
    level: string;
    kindKey: string;
    kind: string;
    text: string;
    sources: string[];
  }[];
}

const MAP = { width: 520, height: 500, minWidth: 300 };
const SCATTER = { width: 520, height: 420 };

const LEVEL_LABELS: Record<string, string> = {
  national: '全国',
  provincial: '省级',
  city: '市级',
  district: '区县/园区',
};
const KIND_LABELS: Record<string, string> = {
  policy: '政策',
  plan: '规划',
  regulation: '法规',
  meeting: '会议',
  'work-report': '政府工作报告',
  'filing-batch': '备案批次',
  'project-list': '项目清单',
  statistics: '统计发布',
  milestone: '里程碑',
  park: '产业园',
};

/** A stored value as one CSV cell: lists joined with ;, unknown as empty. */
function csvValue(value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? value.map(String).join(';') : JSON.stringify(value);
}

let cache: { root: string; charts: RenderedChart[] } | undefined;

/** Every chart, built once per process. */
export function getCharts(root = process.cwd()): RenderedChart[] {
  if (cache?.root === root) return cache.charts;
  const content = getContent(root);
  const charts = loadChartDefinitions(readChartFiles(root), content).map((chart) =>
    renderChart(chart, content),
  );
  cache = { root, charts };
  return charts;
}

export function getChart(id: string): RenderedChart | undefined {
  return getCharts().find((chart) => chart.id === id);
}

function metaOf(metric: Metric): MetricMeta {
  return {
    id: metric.id,
    label: metric.label,
    unit: metric.unit,
    integer: metric.value === 'count' || metric.unit === '项' || metric.unit === '个',
  };
}

function renderChart(chart: LoadedChart, content: ContentSetRows): RenderedChart {
  const { definition: d, id } = chart;
  const names = new Map(content.places.map((p) => [p.data.code, p.data.short_zh]));
  const publishers = new Map(content.sources.map((s) => [s.data.id, s.data.publisher]));
  const sourceLabel = (ids: readonly string[]) =>
    ids.length === 0
      ? '无来源数据'
      : `来源:${[...new Set(ids.map((id) => publishers.get(id) ?? id))].join('、')}`;
  const central = content.places.filter((p) => p.data.central).map((p) => p.data.code);
  const sourceIds = new Set(d.sources ?? []);
  const base = {
    id,
    file: chart.file,
    kind: d.kind,
    title: d.title,
    ...(d.subtitle ? { subtitle: d.subtitle } : {}),
    notes: d.notes ?? [],
  };
  // The six central provinces always appear (a gap is shown, not dropped); other provinces,
  // cities and categories appear when they have rows.
  const placesFor = (metric: Metric) => {
    const rows = (content[metric.data] as { data: Record<string, unknown> }[])
      .map((r) => r.data)
      .filter((r) => matchesWhere(r, metric.where));
    const present = [...new Set(rows.map((r) => String(r[metric.by])))];
    if (metric.by === 'province') {
      const base = metric.where?.['province'] === undefined ? central : [];
      return [...base, ...present.filter((code) => !base.includes(code))];
    }
    if (metric.by === 'city')
      return present.filter((code) => central.includes(provinceOf(code, content)));
    return present;
  };
  const measured = (metric: Metric) => {
    const values = computeMetric(metric, content, placesFor(metric));
    values.forEach((v) => v.sources.forEach((s) => sourceIds.add(s)));
    return { meta: metaOf(metric), values };
  };
  const placeCsv = (series: { meta: MetricMeta; values: readonly PlaceValue[] }[]) => {
    const codes = series[0]?.values.map((v) => v.code) ?? [];
    return {
      columns: [
        'code',
        'name',
        ...series.flatMap((s) => [`${s.meta.id} (${s.meta.unit})`, `${s.meta.id} at_least`]),
        'sources',
      ],
      rows: codes.map((code) => {
        const values = series.map((s) => s.values.find((x) => x.code === code));
        const ids = [...new Set(values.flatMap((v) => v?.sources ?? []))];
        return [
          code,
          names.get(code) ?? code,
          ...values.flatMap((v) => [v?.value ?? null, v?.atLeast ? 'true' : 'false']),
          ids.join(';'),
        ];
      }),
    };
  };
  const placeTable = (series: { meta: MetricMeta; values: readonly PlaceValue[] }[]) => {
    const codes = series[0]?.values.map((v) => v.code) ?? [];
    return {
      columns: ['地区', ...series.map((s) => `${s.meta.label}(${s.meta.unit})`)],
      rows: codes.map((code) => [
        { kind: 'text' as const, text: names.get(code) ?? code },
        ...series.map((s): TableCell => {
          const v = s.values.find((x) => x.code === code);
          return !v || v.value === null
            ? { kind: 'missing' }
            : { kind: 'text', text: valueText(v, s.meta.unit) };
        }),
      ]),
    };
  };
  // One view per metric, each with its generated ranking summary as the SVG's description.
  type Series = { meta: MetricMeta; values: PlaceValue[] };
  const rankedViews = (
    series: Series[],
    draw: (s: Series, text: { uid: string; title: string; desc: string }) => string,
  ): ChartView[] =>
    series.map((s) => {
      const summary = rankingSummary(s.meta, s.values, names);
      return {
        metric: s.meta.id,
        label: s.meta.label,
        summary,
        svg: draw(s, { uid: `${id}-${s.meta.id}`, title: d.title, desc: d.description ?? summary }),
      };
    });
  const finish = (
    rest: Omit<RenderedChart, keyof typeof base | 'sources' | 'summary'>,
  ): RenderedChart => ({
    ...base,
    ...rest,
    summary: d.description ?? rest.views[0]?.summary ?? '',
    sources: content.sources.map((s) => s.data).filter((s) => sourceIds.has(s.id)),
  });

  switch (d.kind) {
    case 'choropleth': {
      const series = (d.metrics ?? []).map(measured);
      const spec = choroplethSpec({
        topology: topology as unknown as Topology,
        names,
        metrics: series,
        ...MAP,
        ...(d.highlight ? { highlight: d.highlight } : {}),
        ...(d.cities ? { cities: d.cities } : {}),
      });
      const views = rankedViews(series, (s, text) =>
        choroplethSvg(spec, { ...text, activeMetric: s.meta.id, sourceLabel }),
      );
      // One SVG carries every metric's colours; views differ only in which legend and fills show.
      return finish({
        views,
        switchMode: series.length > 1 ? 'recolour' : 'none',
        table: placeTable(series),
        csv: placeCsv(series),
      });
    }
    case 'bar': {
      const series = (d.metrics ?? []).map(measured);
      const views = rankedViews(series, (s, text) =>
        barSvg(barSpec(s.meta, s.values, names, d.highlight), { ...text, sourceLabel }),
      );
      return finish({
        views,
        switchMode: series.length > 1 ? 'swap' : 'none',
        table: placeTable(series),
        csv: placeCsv(series),
      });
    }
    case 'scatter': {
      const x = measured(d.x as Metric);
      const ys = (d.metrics ?? []).map(measured);
      const colors = {
        text: 'currentColor',
        muted: 'currentColor',
        grid: 'rgba(128,128,128,0.35)',
        point: '#2c7fb8',
        accent: '#b3400b',
      };
      const views = ys.map((y) => {
        const spec = scatterSpec({
          x,
          y,
          names,
          ...(d.highlight ? { highlight: d.highlight } : {}),
          log: d.log ?? false,
          colors,
        });
        const summary = scatterSummary(spec);
        const sourcesOf = (code: string) =>
          sourceLabel([
            ...(x.values.find((v) => v.code === code)?.sources ?? []),
            ...(y.values.find((v) => v.code === code)?.sources ?? []),
          ]);
        const tips = spec.points.map(
          (p) =>
            `${p.name}:${x.meta.label} ${valueText({ code: p.code, value: p.x, atLeast: false, sources: [] }, x.meta.unit)};${y.meta.label} ${p.atLeast ? '至少 ' : ''}${valueText({ code: p.code, value: p.y, atLeast: false, sources: [] }, y.meta.unit)}(${sourcesOf(p.code)})`,
        );
        return {
          metric: y.meta.id,
          label: y.meta.label,
          summary,
          svg: scatterSvg(spec, {
            uid: `${id}-${y.meta.id}`,
            title: d.title,
            desc: d.description ?? summary,
            tips,
            ...SCATTER,
          }),
        };
      });
      return finish({
        views,
        switchMode: ys.length > 1 ? 'swap' : 'none',
        table: placeTable([x, ...ys]),
        csv: placeCsv([x, ...ys]),
      });
    }
    case 'timeline': {
      // Parks are dated events too; they live in parks.yaml, so the timeline merges them in.
      const parkEvents = content.parks
        .map((r) => r.data)
        .filter((p) => p.date !== null && p.in_period)
        .map((p) => ({
          id: p.id,
          date: p.date,
          level: p.level ?? 'district',
          province: p.province,
          kind: 'park',
          title_zh: p.name_zh,
          summary_zh: `${p.name_zh ?? '区块链产业园'}${p.date_kind === 'approved' ? '获批' : p.date_kind === 'signed' ? '签约' : '揭牌'}`,
          sources: p.sources,
        }));
      const rows = [
        ...content.events.map((r) => r.data as Record<string, unknown>),
        ...parkEvents,
      ].filter((r) => r['date'] !== null && matchesWhere(r, d.where));
      rows.forEach((r) => (r['sources'] as string[]).forEach((s) => sourceIds.add(s)));
      const rowLabels = new Map<string, string>([
        ['national', '全国'],
        ...central.map((c) => [c, names.get(c) ?? c] as [string, string]),
      ]);
      const events = rows.map((r) => ({
        id: String(r['id']),
        date: String(r['date']),
        row:
          r['level'] === 'national' || r['province'] === undefined
            ? 'national'
            : provinceOf(String(r['province']), content),
        level: String(r['level']),
        kind: String(r['kind']),
        title: String(r['title_zh'] ?? r['summary_zh']),
        summary: String(r['summary_zh']),
        sources: r['sources'] as string[],
      }));
      const spec = timelineSpec({
        events,
        rowLabels,
        rowOrder: ['national', ...central],
        from: 2016,
        to: 2020,
        width: 720,
      });
      const summary = `从${spec.events[0]?.dateText ?? ''}到${spec.events.at(-1)?.dateText ?? ''}共 ${spec.events.length} 件事。`;
      return finish({
        views: [
          {
            summary,
            svg: timelineSvg(spec, { uid: id, title: d.title, desc: d.description ?? summary }),
          },
        ],
        switchMode: 'none',
        table: {
          columns: ['日期', '地区', '级别', '类型', '事件', '来源'],
          rows: spec.events.map((e) => [
            { kind: 'text', text: e.dateText },
            { kind: 'text', text: rowLabels.get(e.row) ?? e.row },
            { kind: 'text', text: LEVEL_LABELS[e.level] ?? e.level },
            { kind: 'text', text: KIND_LABELS[e.kind] ?? e.kind },
            { kind: 'text', text: e.summary },
            { kind: 'sources', ids: e.sources },
          ]),
        },
        csv: {
          columns: ['id', 'date', 'place', 'level', 'kind', 'event', 'sources'],
          rows: spec.events.map((e) => [
            e.id,
            e.date,
            rowLabels.get(e.row) ?? e.row,
            e.level,
            e.kind,
            e.summary,
            e.sources.join(';'),
          ]),
        },
        filters: {
          rows: spec.rows.map((r) => ({ key: r.key, label: r.label })),
          kinds: [...new Set(spec.events.map((e) => e.kind))].map((k) => ({
            key: k,
            label: KIND_LABELS[k] ?? k,
          })),
        },
        events: spec.events.map((e) => ({
          id: e.id,
          date: e.date,
          dateText: e.dateText,
          row: e.row,
          place: rowLabels.get(e.row) ?? e.row,
          level: LEVEL_LABELS[e.level] ?? e.level,
          kindKey: e.kind,
          kind: KIND_LABELS[e.kind] ?? e.kind,
          text: e.summary,
          sources: e.sources,
        })),
      });
    }
    case 'table': {
      const name = d.data as keyof typeof datasets;
      const rows = (content[name] as { data: Record<string, unknown> }[])
        .map((r) => r.data)
        .filter((r) => matchesWhere(r, d.where));
      rows.forEach((r) =>
        (Array.isArray(r['sources']) ? (r['sources'] as string[]) : []).forEach((s) =>
          sourceIds.add(s),
        ),
      );
      const view = tableView(name, rows, (code) => names.get(code));
      const keep = d.columns ?? view.columns.map((c) => c.field);
      const index = keep.map((f) => view.columns.findIndex((c) => c.field === f));
      const summary = `${rows.length} 行,来自 ${datasets[name].title_zh}。`;
      return finish({
        views: [{ summary, svg: '' }],
        switchMode: 'none',
        table: {
          columns: keep.map((f) => FIELD_LABELS[f] ?? f),
          rows: view.rows.map((r) => index.map((i) => r[i] ?? { kind: 'text', text: '' })),
        },
        csv: {
          columns: [...keep.filter((f) => f !== 'sources'), 'sources'],
          rows: rows.map((r) => [
            ...keep.filter((f) => f !== 'sources').map((f) => csvValue(r[f])),
            Array.isArray(r['sources']) ? (r['sources'] as string[]).join(';') : '',
          ]),
        },
      });
    }
  }
}
