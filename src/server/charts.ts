/**
 * Builds every chart of content/charts/ once per build: the kinds (src/lib/charts/kinds) check
 * and model each chart, the renderers draw its views, and the sources it used are looked up.
 * Pages, embeds and exports all take their chart from here, so one id means the same chart
 * everywhere.
 */
import { loadChartDefinitions, type LoadedChart } from '../lib/charts/chartDefinitions.ts';
import type { Annotation } from '../lib/charts/kinds/annotations.ts';
import type { ChartModel, ModelView, ViewListItem } from '../lib/charts/kinds/types.ts';
import { mapCredit, type MapCredit } from '../lib/charts/mapCredit.ts';
import { ContentError } from '../lib/data/contentError.ts';
import { chartReads, reaches } from '../lib/corrections/chartReads.ts';
import { dataCorrections } from '../lib/corrections/dataCorrections.ts';
import { dataCorrectionText } from '../lib/corrections/describe.ts';
import type { ChartCorrection } from '../lib/corrections/log.ts';
import type { ContentSet } from '../lib/data/contentSet.ts';
import type { MapSettings } from '../lib/site/siteConfig.ts';
import type { Source } from '../lib/schema/source.ts';
import { sourceLabeller } from '../lib/sources/groups.ts';
import { readChartFiles } from './chartFiles.ts';
import { contentStamp, getContent } from './content.ts';
import { GEO } from './geo.ts';
import { renderers, type Renderer } from './render/renderers.ts';
import { readSiteSettings, readTiles } from './siteSettings.ts';
import type { Svg } from './render/svg.ts';

export interface ChartView {
  /** Metric id for switchable views; undefined when the chart has a single view. */
  metric?: string;
  label?: string;
  /** The drawing laid out for a wide figure (and the only one for kinds with one layout). */
  svg?: Svg;
  /** The same drawing laid out for a phone (about 330 px wide, 13 px text), when it differs. */
  narrow?: Svg;
  summary: string;
  /** What the figure says while this view is shown: the view's own text or the chart's. */
  title: string;
  subtitle?: string;
  notes: string[];
  /** The sources of the values this view shows, in the register's order. */
  sources: Source[];
  /** Place: value lines shown instead of a drawing when the view cannot show a comparison. */
  list?: ViewListItem[];
}

export interface RenderedChart {
  id: string;
  file: string;
  kind: LoadedChart['kind'];
  title: string;
  subtitle?: string;
  /** The hand-written description, or the generated summary of the default view. */
  summary: string;
  notes: string[];
  annotations: Annotation[];
  views: ChartView[];
  switchMode: ChartModel<unknown>['switchMode'];
  table: ChartModel<unknown>['table'];
  csv: ChartModel<unknown>['csv'];
  sources: Source[];
  /** Maps: the review number and boundary source, or the schematic or tile-map mark. */
  mapCredit?: MapCredit;
  /** Corrections to rows the chart shows (content/data/corrections.yaml), oldest first. */
  corrections: ChartCorrection[];
  /** HTML that replaces the data table (the timeline's event list), for links based at `base`;
   * open on the chart's own page, collapsed elsewhere. */
  listing?: (base: string, open: boolean) => string;
}

export { GEO };

let cache: { key: string; charts: RenderedChart[] } | undefined;

/** Every chart, built once per process (and again when a file under content/ changes). */
export function getCharts(root = process.cwd()): RenderedChart[] {
  const key = contentStamp(root);
  if (cache?.key === key) return cache.charts;
  const content = getContent(root);
  const site = readSiteSettings(root);
  const tiles = readTiles(content, root);
  const problems = [...site.problems, ...tiles.problems];
  if (problems.length > 0) throw new ContentError(problems);
  const charts = loadChartDefinitions(readChartFiles(root), content, GEO, tiles.tiles).map(
    (chart) => renderChart(chart, content, site.config?.map),
  );
  cache = { key, charts };
  return charts;
}

/** Forgets the built charts (dev server: a content file changed). */
export function invalidateCharts(): void {
  cache = undefined;
}

export function getChart(id: string): RenderedChart | undefined {
  return getCharts().find((chart) => chart.id === id);
}

/** The tooltip's source words for a chart's values (sourceLabeller in src/lib/sources/groups.ts). */
export function chartSourceLabeller(content: ContentSet): (ids: readonly string[]) => string {
  return sourceLabeller(
    content.sources.map((s) => s.data),
    '无来源数据',
  );
}

/** `map`: the site's map settings (content/site.yaml); without them a boundary map is a schematic. */
export function renderChart(
  chart: LoadedChart,
  content: ContentSet,
  map?: MapSettings,
): RenderedChart {
  const { definition, model, id } = chart;
  // Each kind's renderer takes that kind's spec; the registry pairs them by the same key.
  const renderer = renderers[chart.kind] as Renderer<unknown>;
  const register = content.sources.map((s) => s.data);
  const shared = { renderer, register, sourceLabel: chartSourceLabeller(content) };
  const views = (model as ChartModel<unknown>).views.map((view) => renderView(chart, view, shared));
  const used = new Set([...model.sources, ...(definition.sources ?? [])]);
  const first = model.views[0];
  return {
    id,
    file: chart.file,
    kind: chart.kind,
    title: definition.title,
    ...(definition.subtitle ? { subtitle: definition.subtitle } : {}),
    summary: definition.description ?? views[0]?.summary ?? '',
    notes: definition.notes ?? [],
    annotations: model.annotations,
    views,
    switchMode: model.switchMode,
    table: model.table,
    csv: model.csv,
    sources: register.filter((s) => used.has(s.id)),
    // Every map says whether its boundaries are reviewed, a schematic, or tiles (mapCredit.ts).
    ...(chart.kind === 'choropleth'
      ? { mapCredit: mapCredit(chart.definition.map ?? 'boundaries', map) }
      : {}),
    corrections: correctionsOf(definition, content),
    ...(renderer.listing && first
      ? {
          listing: (base: string, open: boolean) =>
            renderer.listing?.(first.spec, base, open) ?? '',
        }
      : {}),
  };
}

/** One view: its drawings (wide and narrow) and the text shown with it. */
function renderView(
  { definition, model, id }: LoadedChart,
  view: ModelView<unknown>,
  shared: {
    renderer: Renderer<unknown>;
    register: Source[];
    sourceLabel: (ids: readonly string[]) => string;
  },
): ChartView {
  const { renderer, register, sourceLabel } = shared;
  // Screen readers hear the annotations with the picture's description.
  const notes = model.annotations.map((a) => `${a.target ?? a.at}：${a.text}。`).join('');
  const title = view.title ?? definition.title;
  const subtitle = view.subtitle ?? definition.subtitle;
  const viewSources = new Set([...view.sources, ...(definition.sources ?? [])]);
  const context = {
    uid: view.metric ? `${id}-${view.metric}` : id,
    title,
    desc: `${definition.description ?? view.summary}${notes ? `图中标注：${notes}` : ''}`,
    annotations: model.annotations,
    sourceLabel,
  };
  // A view that cannot show a comparison is not drawn; the figure lists its values.
  const svg = view.list ? undefined : renderer.svg(view.spec, context);
  const narrow = view.list
    ? undefined
    : renderer.narrow?.(view.spec, { ...context, uid: `${context.uid}-narrow` });
  return {
    ...(view.metric ? { metric: view.metric, label: view.label ?? view.metric } : {}),
    ...(svg ? { svg } : {}),
    ...(narrow ? { narrow } : {}),
    ...(view.list ? { list: view.list } : {}),
    summary: view.summary,
    title,
    ...(subtitle ? { subtitle } : {}),
    notes: view.notes ?? definition.notes ?? [],
    sources: register.filter((s) => viewSources.has(s.id)),
  };
}

/** The data corrections of the rows and fields a chart shows, each with its sentence. */
function correctionsOf(definition: unknown, content: ContentSet): ChartCorrection[] {
  const reads = chartReads(definition, content);
  return dataCorrections(content.datasets)
    .filter((correction) => reaches(reads, correction))
    .map((correction) => ({ ...correction, text: dataCorrectionText(correction, content) }));
}
