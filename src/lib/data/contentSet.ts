import { PLACE_COLUMNS, type Place } from '../schema/place.ts';
import { SOURCE_COLUMNS, type Source } from '../schema/source.ts';
import { ContentError, type ContentProblem } from './contentError.ts';
import { unlocatedSources } from '../sources/checks.ts';
import { crossCheck } from './crossCheck.ts';
import { discoverDatasets, type ContentFiles, type Dataset, type FileText } from './datasets.ts';
import { parseCsvTable } from './parseCsv.ts';
import { parseYamlList } from './parseYaml.ts';
import { validateRows, type LocatedRow } from './validateRows.ts';
import type { HintContext } from './valueHints.ts';

export type { ContentFiles, FileText };

/** A validated row: field name → value, as declared. */
export type Row = Record<string, unknown>;

/** A dataset with its validated rows, each still knowing its file and line. */
export interface LoadedDataset extends Dataset {
  rows: LocatedRow<Row>[];
}

/** Everything in content/ except stories and charts, validated and cross-checked. */
export interface ContentSet {
  /** Every dataset by name (its file name without extension), sources and places included. */
  datasets: ReadonlyMap<string, LoadedDataset>;
  sources: LocatedRow<Source>[];
  places: LocatedRow<Place>[];
}

/** The columns the site's own code reads, per dataset it cannot do without. */
const SITE_COLUMNS: Record<string, Record<string, string>> = {
  sources: SOURCE_COLUMNS,
  places: PLACE_COLUMNS,
};

/** What reading content/ gave: the content when all is well, and every problem found. */
export interface ContentReading {
  content?: ContentSet;
  problems: ContentProblem[];
  /** The rows that did validate, per dataset, even when other files have problems. */
  datasets: ReadonlyMap<string, LoadedDataset>;
}

/**
 * Reads, parses and validates every dataset, then checks the references between them.
 * Returns every problem at once, so a journalist fixes them all in one pass.
 */
export function readContentSet(files: ContentFiles, contentDir = 'content'): ContentReading {
  const { datasets, problems } = discoverDatasets(files, contentDir);
  problems.push(...missingSiteColumns(datasets, contentDir));
  const loaded = new Map<string, LoadedDataset>();
  // Places first: a place name written where a code belongs gets its code as the fix.
  const ordered = [...datasets].sort(
    (a, b) => Number(b.name === 'places') - Number(a.name === 'places'),
  );
  let places: PlaceNames | undefined;
  for (const dataset of ordered) {
    const { rows, problems: fileProblems } = loadRows(dataset, files, places);
    loaded.set(dataset.name, { ...dataset, rows });
    problems.push(...fileProblems);
    if (dataset.name === 'places') places = placeNames(rows);
    if (dataset.name === 'sources') problems.push(...unlocatedSources(rows));
  }
  // References are only checked between files that are themselves valid, or every typo in
  // sources.yaml would echo as dozens of "unknown source" problems.
  if (problems.length === 0) problems.push(...crossCheck(loaded));
  if (problems.length > 0) return { problems, datasets: loaded };
  const content = {
    datasets: loaded,
    // The site-column check above guarantees these shapes.
    sources: loaded.get('sources')?.rows as unknown as LocatedRow<Source>[],
    places: loaded.get('places')?.rows as unknown as LocatedRow<Place>[],
  };
  return { content, problems, datasets: loaded };
}

/** The validated content; throws one ContentError listing every problem. */
export function loadContentSet(files: ContentFiles, contentDir = 'content'): ContentSet {
  const { content, problems } = readContentSet(files, contentDir);
  if (!content || problems.length > 0) throw new ContentError(problems);
  return content;
}

/** Reads and validates one dataset's data file. */
export function loadRows(
  dataset: Dataset,
  files: Pick<ContentFiles, 'read'>,
  places?: PlaceNames,
): { rows: LocatedRow<Row>[]; problems: ContentProblem[] } {
  const text = files.read(dataset.file);
  if (text === undefined)
    return {
      rows: [],
      problems: [{ file: dataset.file, expected: 'the file to exist', found: 'no such file' }],
    };
  if (typeof text !== 'string') return { rows: [], problems: [text.problem] };
  const { parsed, problems } = dataset.file.endsWith('.csv')
    ? parseCsvTable(dataset.file, text)
    : parseYamlList(dataset.file, text, dataset.declaration.empty === 'allowed');
  if (!parsed) return { rows: [], problems };
  return validateRows(parsed, dataset.schema, {
    columns: dataset.declaration.columns,
    declarationFile: dataset.declarationFile,
    ...(places ? { places } : {}),
  }) as {
    rows: LocatedRow<Row>[];
    problems: ContentProblem[];
  };
}

type PlaceNames = NonNullable<HintContext['places']>;

/** Every name of a place (湖南省, 湖南, hunan) → its code and short name. */
function placeNames(rows: readonly LocatedRow<Row>[]): PlaceNames {
  const names = new Map<string, { code: string; name: string }>();
  for (const { data } of rows) {
    const place = { code: String(data['code']), name: String(data['short_zh']) };
    for (const name of [data['name_zh'], data['short_zh'], data['name_en']])
      if (typeof name === 'string') names.set(name.toLowerCase(), place);
  }
  return names;
}

/** Sources and places must exist and declare the columns the site reads, with their types. */
function missingSiteColumns(datasets: readonly Dataset[], contentDir: string): ContentProblem[] {
  return Object.entries(SITE_COLUMNS).flatMap(([name, columns]) => {
    const dataset = datasets.find((d) => d.name === name);
    if (!dataset)
      return [
        {
          file:
            name === 'sources' ? `${contentDir}/sources.yaml` : `${contentDir}/data/${name}.yaml`,
          expected: `the ${name} dataset with its declaration (every chart and source list reads it)`,
          found: 'no such dataset',
        },
      ];
    return Object.entries(columns).flatMap(([column, type]) =>
      dataset.declaration.columns[column]?.type === type
        ? []
        : [
            {
              file: dataset.declarationFile,
              field: `columns.${column}`,
              expected: `a column "${column}" of type ${type} (the site reads it)`,
              found: dataset.declaration.columns[column]
                ? `type ${dataset.declaration.columns[column].type}`
                : 'no such column',
            },
          ],
    );
  });
}

/** The rows of a dataset, or an error naming it: for code that needs one dataset by name. */
export function rowsOf(content: ContentSet, name: string): Row[] {
  const dataset = content.datasets.get(name);
  if (!dataset) throw new Error(`no dataset "${name}" in content/data/`);
  return dataset.rows.map((r) => r.data);
}
