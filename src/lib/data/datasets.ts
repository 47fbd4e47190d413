/**
 * Finds the datasets of content/: every data file (`.csv` or `.yaml`) in content/data/, plus
 * content/sources.yaml, each claimed by the declaration beside it (`<name>.schema.yaml`). A data
 * file without a declaration, a declaration without data, and any other file are problems: no
 * file is ever ignored without a word.
 */
import type { z } from 'zod';
import type { ContentProblem } from './contentError.ts';
import { checkDeclaration } from './declarationChecks.ts';
import { declarationSchema, type Declaration } from './declaration.ts';
import { parseYamlMapping } from './parseYaml.ts';
import type { RawItem } from './rawItems.ts';
import { rowSchema } from './rowSchema.ts';
import { validateRows } from './validateRows.ts';

/** A file's text; why its bytes are not UTF-8 text (see decodeText.ts); or no such file. */
export type FileText = string | { problem: ContentProblem } | undefined;

/** Reads the project's files: a file's text, and the names of the files in a folder. */
export interface ContentFiles {
  read(path: string): FileText;
  list(dir: string): string[];
}

export interface Dataset {
  /** The data file's name without extension: what charts write after `data:`. */
  name: string;
  /** Path from the project root, e.g. content/data/gdp.csv. */
  file: string;
  /** Path of the declaration, e.g. content/data/gdp.schema.yaml. */
  declarationFile: string;
  declaration: Declaration;
  schema: z.ZodObject;
}

const DATA_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(csv|ya?ml)$/;
const DECLARATION = /^(.+)\.schema\.ya?ml$/;

/** Every dataset of the content folder, with the problems of their declarations. */
export function discoverDatasets(
  files: ContentFiles,
  contentDir = 'content',
): { datasets: Dataset[]; problems: ContentProblem[] } {
  const { found, problems } = pairFiles(candidateFiles(files, contentDir));
  const names = found.map((d) => d.name);
  const datasets: Dataset[] = [];
  for (const entry of found) {
    const text = files.read(entry.declarationFile) ?? '';
    if (typeof text !== 'string') {
      problems.push(text.problem);
      continue;
    }
    const read = readDeclaration(entry.declarationFile, text);
    problems.push(...read.problems);
    if (!read.declaration || !read.item) continue;
    const semantic = checkDeclaration(entry.declarationFile, read.declaration, read.item, names);
    problems.push(...semantic);
    if (semantic.length > 0) continue;
    datasets.push({ ...entry, declaration: read.declaration, schema: rowSchema(read.declaration) });
  }
  return { datasets, problems };
}

/** Every file of content/data/, and the source register with its declaration. */
function candidateFiles(files: ContentFiles, contentDir: string): string[] {
  return [
    ...files
      .list(`${contentDir}/data`)
      .filter((f) => !f.startsWith('.') && f !== 'README.md')
      .sort()
      .map((f) => `${contentDir}/data/${f}`),
    // The source register sits at the top of content/, beside its declaration.
    ...[`${contentDir}/sources.yaml`, `${contentDir}/sources.schema.yaml`].filter(
      (path) => files.read(path) !== undefined,
    ),
  ];
}

type Pair = Pick<Dataset, 'name' | 'file' | 'declarationFile'>;

/** Pairs each data file with its declaration; anything unpaired or unexpected is a problem. */
function pairFiles(candidates: readonly string[]): { found: Pair[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const found: Pair[] = [];
  const baseName = (path: string) => path.replace(/^.*\//, '');
  const dataNames = new Set(candidates.map((p) => DATA_FILE.exec(baseName(p))?.[1]));
  for (const path of candidates) {
    const base = baseName(path);
    const declared = DECLARATION.exec(base)?.[1];
    if (declared !== undefined) {
      if (!dataNames.has(declared))
        problems.push({
          file: path,
          expected: `a data file ${declared}.csv or ${declared}.yaml beside this declaration`,
          found: 'no such file',
          hint: 'add the data file, or delete the declaration',
        });
      continue;
    }
    const name = DATA_FILE.exec(base)?.[1];
    if (name === undefined) {
      problems.push({
        file: path,
        expected:
          'only data files named with lower-case letters, digits and hyphens ending in .csv or .yaml, each with its declaration <name>.schema.yaml',
        found: `"${base}"`,
      });
      continue;
    }
    const declarationFile = ['.schema.yaml', '.schema.yml']
      .map((ending) => path.replace(/\.(csv|ya?ml)$/, ending))
      .find((p) => candidates.includes(p));
    if (declarationFile) found.push({ name, file: path, declarationFile });
    else
      problems.push({
        file: path,
        expected: `a declaration ${name}.schema.yaml beside it, naming its columns (see content/README.md, "Add a dataset")`,
        found: 'no declaration',
      });
  }
  return { found, problems };
}

type ReadDeclaration = { declaration?: Declaration; item?: RawItem; problems: ContentProblem[] };

/** Declarations rarely change between reads (dev server, tests): parse each text once. */
const declarations = new Map<string, ReadDeclaration>();

function readDeclaration(file: string, text: string): ReadDeclaration {
  const key = `${file}\n${text}`;
  const known = declarations.get(key);
  if (known) return known;
  const read = parseDeclaration(file, text);
  declarations.set(key, read);
  return read;
}

function parseDeclaration(file: string, text: string): ReadDeclaration {
  const { parsed, problems } = parseYamlMapping(file, text);
  if (!parsed) return { problems };
  const { rows, problems: fieldProblems } = validateRows(parsed, declarationSchema);
  const row = rows[0];
  // A declaration holds one entry, so "entry 1" would only add noise to the message.
  const located = fieldProblems.map(({ item, ...rest }) => rest);
  return row ? { declaration: row.data, item: row.item, problems: located } : { problems: located };
}

/** The key of a row: its key columns' values joined by "-". */
export function rowKey(declaration: Declaration, row: Record<string, unknown>): string {
  const key = typeof declaration.key === 'string' ? [declaration.key] : declaration.key;
  return key.map((column) => String(row[column])).join('-');
}
