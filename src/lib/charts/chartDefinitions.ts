/**
 * Reads and checks chart definitions (content/charts/<id>.yaml): each must validate against its
 * kind's schema, every dataset, column and filter value it names must exist and match rows, and
 * its built views must show something. A mistake stops the build here, naming file, line and
 * field, rather than publishing an empty chart.
 */
import type { Topology } from 'topojson-specification';
import { ContentError, type ContentProblem } from '../data/contentError.ts';
import type { ContentSet } from '../data/contentSet.ts';
import { didYouMean } from '../data/didYouMean.ts';
import { parseYamlMapping } from '../data/parseYaml.ts';
import type { FieldPath, RawItem } from '../data/rawItems.ts';
import { validateRows } from '../data/validateRows.ts';
import type { TileLayout } from '../geo/tiles.ts';
import {
  CHART_KINDS,
  chartKinds,
  kindSchema,
  type BuiltChart,
  type ChartKindName,
} from './kinds/registry.ts';
import { placeProblem } from './kinds/checks.ts';
import type { BuildContext, ChartKind, CheckContext, CommonFields } from './kinds/types.ts';

export interface ChartFile {
  /** Path from the project root, e.g. content/charts/filings-map.yaml. */
  path: string;
  text: string;
  /** Why the file could not be read as UTF-8 text (see data/decodeText.ts), if so. */
  problem?: ContentProblem;
}

export type LoadedChart = BuiltChart & { id: string; file: string };

const CHART_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Validates and builds every chart file; throws one ContentError naming every problem. Without
 * a tile layout, a map drawn as tiles is a problem (every place lacks its tile).
 */
export function loadChartDefinitions(
  files: readonly ChartFile[],
  content: ContentSet,
  geo: Topology,
  tiles: TileLayout = new Map(),
): LoadedChart[] {
  const problems: ContentProblem[] = [];
  const charts: LoadedChart[] = [];
  const context = buildContext(content, geo, tiles);
  for (const file of files) {
    const result = loadChart(file, context);
    problems.push(...result.problems);
    if (result.chart) charts.push(result.chart);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return charts.sort((a, b) => a.id.localeCompare(b.id));
}

function buildContext(
  content: ContentSet,
  geo: Topology,
  tiles: TileLayout,
): Omit<BuildContext, 'id'> {
  return {
    content,
    geo,
    tiles,
    names: new Map(content.places.map((p) => [p.data.code, p.data.short_zh])),
    central: content.places.filter((p) => p.data.central).map((p) => p.data.code),
  };
}

function loadChart(
  { path, text, problem }: ChartFile,
  context: Omit<BuildContext, 'id'>,
): { chart?: LoadedChart; problems: ContentProblem[] } {
  if (problem) return { problems: [problem] };
  const id = path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (!CHART_ID.test(id))
    return {
      problems: [
        {
          file: path,
          expected:
            'a file name of lower-case letters, digits and hyphens (it becomes the chart id and its address)',
          found: `"${id}"`,
        },
      ],
    };
  const { parsed, problems } = parseYamlMapping(path, text);
  const item = parsed?.items[0];
  if (!parsed || !item) return { problems };
  const kind = kindOf(item, path);
  if (typeof kind !== 'string') return { problems: [kind] };
  const { rows, problems: fieldProblems } = validateRows(parsed, kindSchema(kind));
  // A chart file holds one entry, so "entry 1" would only add noise to the message.
  const located = fieldProblems.map(({ item: _, ...rest }) => rest);
  const definition = rows[0]?.data;
  if (!definition) return { problems: located };
  const at = (p: FieldPath) => ({ file: path, line: item.lineOf(p), field: p.join('.') });
  const check: CheckContext = { content: context.content, file: path, at, tiles: context.tiles };
  const module = chartKinds[kind] as unknown as ChartKind<never, unknown>;
  const referenceProblems = [
    ...commonChecks(definition as CommonFields, check),
    ...module.check(definition as never, check),
  ];
  if (referenceProblems.length > 0) return { problems: referenceProblems };
  const model = module.build(definition as never, { ...context, id });
  const unresolved = model.annotations.flatMap((a, i) =>
    a.target === undefined
      ? [
          {
            ...at(['annotations', i, 'at']),
            expected: 'a place, group, year or date this chart shows',
            found: `"${a.at}"`,
          },
        ]
      : [],
  );
  if (unresolved.length > 0) return { problems: unresolved };
  return { chart: { id, file: path, kind, definition, model } as LoadedChart, problems: [] };
}

/** Words journalists use for a kind, in English and Chinese. */
const KIND_WORDS: Record<string, ChartKindName> = {
  map: 'choropleth',
  地图: 'choropleth',
  条形图: 'bar',
  柱状图: 'bar',
  散点图: 'scatter',
  折线图: 'line',
  时间线: 'timeline',
  表格: 'table',
};

/** The kind a chart file names, or the problem with it (with the closest kind as the fix). */
function kindOf(item: RawItem, file: string): ChartKindName | ContentProblem {
  const raw = (item.value as Record<string, unknown> | null)?.['kind'];
  if (CHART_KINDS.includes(raw as ChartKindName)) return raw as ChartKindName;
  const text = typeof raw === 'string' ? raw.trim().toLowerCase() : undefined;
  const guess =
    text === undefined
      ? undefined
      : (CHART_KINDS.find((k) => k === text) ?? KIND_WORDS[text] ?? didYouMean(text, CHART_KINDS));
  return {
    file,
    line: item.lineOf(['kind']),
    field: 'kind',
    expected: `one of: ${CHART_KINDS.join(', ')}`,
    found: raw === undefined ? 'nothing (the field is missing)' : `"${String(raw)}"`,
    ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
  };
}

/** The fields every kind shares: extra source ids and the highlighted place must exist. */
function commonChecks(chart: CommonFields, context: CheckContext): ContentProblem[] {
  const sources = new Set(context.content.sources.map((s) => s.data.id));
  const problems: ContentProblem[] = (chart.sources ?? []).flatMap((id, i) =>
    sources.has(id)
      ? []
      : [
          {
            ...context.at(['sources', i]),
            expected: 'an id listed in content/sources.yaml',
            found: `an unknown id "${id}"`,
            ...(didYouMean(id, sources)
              ? { hint: `did you mean "${didYouMean(id, sources)}"?` }
              : {}),
          },
        ],
  );
  const highlight =
    chart.highlight === undefined ? undefined : placeProblem(chart.highlight, context);
  if (highlight) problems.push({ ...context.at(['highlight']), ...highlight });
  return problems;
}
