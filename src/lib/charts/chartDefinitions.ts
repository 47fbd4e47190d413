/**
 * Reads and checks chart definitions (content/charts/<id>.yaml): each must validate, and every
 * dataset, field, source and place it names must exist, so a typo stops the build here rather
 * than drawing an empty chart.
 */
import type { z } from 'zod';
import { ContentError, type ContentProblem } from '../data/contentError.ts';
import type { ContentSetRows } from '../data/contentSet.ts';
import { cellKind } from '../data/csvCells.ts';
import { datasets } from '../data/datasets.ts';
import { didYouMean } from '../data/didYouMean.ts';
import { parseYamlMapping } from '../data/parseYaml.ts';
import type { FieldPath, RawItem } from '../data/rawItems.ts';
import { validateRows } from '../data/validateRows.ts';
import { chartSchema, type ChartDefinition, type Metric } from '../schema/chart.ts';

export interface ChartFile {
  /** Path from the project root, e.g. content/charts/filings-map.yaml. */
  path: string;
  text: string;
}

export interface LoadedChart {
  id: string;
  file: string;
  definition: ChartDefinition;
}

const CHART_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Validates every chart file against the schema and the content; throws one ContentError. */
export function loadChartDefinitions(
  files: readonly ChartFile[],
  content: ContentSetRows,
): LoadedChart[] {
  const problems: ContentProblem[] = [];
  const charts: LoadedChart[] = [];
  for (const { path, text } of files) {
    const id = path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (!CHART_ID.test(id)) {
      problems.push({
        file: path,
        expected:
          'a file name of lower-case letters, digits and hyphens (it becomes the chart id and its address)',
        found: `"${id}"`,
      });
      continue;
    }
    const { parsed, problems: parseProblems } = parseYamlMapping(path, text);
    problems.push(...parseProblems);
    if (!parsed) continue;
    const { rows, problems: rowProblems } = validateRows(parsed, chartSchema);
    // A chart file holds one entry, so "entry 1" would only add noise to the message.
    problems.push(...rowProblems.map(({ item, ...rest }) => rest));
    const row = rows[0];
    if (!row) continue;
    problems.push(...checkReferences(path, row.item, row.data, content));
    charts.push({ id, file: path, definition: row.data });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return charts.sort((a, b) => a.id.localeCompare(b.id));
}

function checkReferences(
  file: string,
  item: RawItem,
  chart: ChartDefinition,
  content: ContentSetRows,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (path: FieldPath) => ({ file, line: item.lineOf(path), field: path.join('.') });
  const fieldsOf = (name: keyof typeof datasets) =>
    datasets[name].schema.shape as Record<string, z.ZodType>;
  const knownField = (
    path: FieldPath,
    dataset: keyof typeof datasets,
    field: string,
    numeric = false,
  ) => {
    const shape = fieldsOf(dataset);
    const schema = shape[field];
    if (schema && (!numeric || cellKind(schema) === 'number')) return;
    const candidates = Object.keys(shape).filter(
      (f) => !numeric || cellKind(shape[f] as z.ZodType) === 'number',
    );
    const guess = didYouMean(field, candidates);
    problems.push({
      ...at(path),
      expected: numeric
        ? `count, or a numeric field of ${dataset} (${candidates.join(', ')})`
        : `a field of ${dataset} (${candidates.join(', ')})`,
      found: `"${field}"`,
      ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
    });
  };
  const checkMetric = (metric: Metric, path: FieldPath) => {
    if (metric.value !== 'count') knownField([...path, 'value'], metric.data, metric.value, true);
    for (const field of Object.keys(metric.where ?? {}))
      knownField([...path, 'where', field], metric.data, field);
    if (!(metric.by in fieldsOf(metric.data)))
      problems.push({
        ...at([...path, 'by']),
        expected: `a grouping that ${metric.data} has`,
        found: `"${metric.by}"`,
      });
  };
  chart.metrics?.forEach((metric, i) => checkMetric(metric, ['metrics', i]));
  if (chart.x) checkMetric(chart.x, ['x']);
  const ids = new Set<string>();
  chart.metrics?.forEach((metric, i) => {
    if (ids.has(metric.id))
      problems.push({
        ...at(['metrics', i, 'id']),
        expected: 'each metric id once per chart',
        found: `"${metric.id}" again`,
      });
    ids.add(metric.id);
  });
  if (chart.data) {
    for (const field of chart.columns ?? [])
      knownField(['columns', (chart.columns ?? []).indexOf(field)], chart.data, field);
    for (const field of Object.keys(chart.where ?? {}))
      knownField(['where', field], chart.data, field);
  }
  const sources = new Set(content.sources.map((s) => s.data.id));
  chart.sources?.forEach((id, i) => {
    if (!sources.has(id))
      problems.push({
        ...at(['sources', i]),
        expected: 'an id listed in content/sources.yaml',
        found: `an unknown id "${id}"`,
      });
  });
  const places = new Set(content.places.map((p) => p.data.code));
  const placeRefs: [FieldPath, string][] = [
    ...(chart.highlight ? [[['highlight'], chart.highlight] as [FieldPath, string]] : []),
    ...(chart.cities ?? []).map((code, i) => [['cities', i], code] as [FieldPath, string]),
  ];
  for (const [path, code] of placeRefs) {
    if (!places.has(code))
      problems.push({
        ...at(path),
        expected: 'a place code listed in content/data/places.yaml',
        found: `an unknown code "${code}"`,
      });
  }
  return problems;
}
