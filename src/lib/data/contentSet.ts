import { ContentError, type ContentProblem } from './contentError.ts';
import { crossCheck } from './crossCheck.ts';
import { datasets, DATASET_NAMES, type DatasetName, type RowOf } from './datasets.ts';
import { parseCsvTable } from './parseCsv.ts';
import { parseYamlList } from './parseYaml.ts';
import { validateRows, type LocatedRow } from './validateRows.ts';

export { datasets, DATASET_NAMES };

/** Every dataset's validated rows, each still knowing its file and line. */
export type ContentSetRows = { [N in DatasetName]: LocatedRow<RowOf<N>>[] };

/** Reads a file below the project root; undefined when it does not exist. */
export type ReadText = (path: string) => string | undefined;

/**
 * Reads, parses and validates every content file, then checks the references between them.
 * Throws one ContentError listing every problem; returns the rows only when all is well.
 */
export function loadContentSet(readText: ReadText, contentDir = 'content'): ContentSetRows {
  const problems: ContentProblem[] = [];
  const content = {} as Record<DatasetName, LocatedRow<unknown>[]>;
  for (const name of DATASET_NAMES) {
    const { rows, problems: fileProblems } = loadDataset(name, readText, contentDir);
    content[name] = rows;
    problems.push(...fileProblems);
  }
  // References are only checked between files that are themselves valid, or every typo in
  // sources.yaml would echo as dozens of "unknown source" problems.
  if (problems.length === 0) problems.push(...crossCheck(content as ContentSetRows));
  if (problems.length > 0) throw new ContentError(problems);
  return content as ContentSetRows;
}

/** Reads and validates one dataset file. */
export function loadDataset<N extends DatasetName>(
  name: N,
  readText: ReadText,
  contentDir = 'content',
): { rows: LocatedRow<RowOf<N>>[]; problems: ContentProblem[] } {
  const { file, schema } = datasets[name];
  const path = `${contentDir}/${file}`;
  const text = readText(path);
  if (text === undefined)
    return {
      rows: [],
      problems: [{ file: path, expected: 'the file to exist', found: 'no such file' }],
    };
  const { parsed, problems } = file.endsWith('.csv')
    ? parseCsvTable(path, text)
    : parseYamlList(path, text);
  if (!parsed) return { rows: [], problems };
  return validateRows(parsed, schema) as {
    rows: LocatedRow<RowOf<N>>[];
    problems: ContentProblem[];
  };
}
