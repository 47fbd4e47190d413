/** Where in a content file a problem sits: the file, the line, and the entry or row. */
export interface ContentLocation {
  /** Path relative to the project, e.g. `content/data/parks.yaml`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** "entry 3" in a YAML list or "row 3" in a CSV table (1-based, header not counted). */
  item?: { kind: 'entry' | 'row'; index: number };
  /** The field (YAML key or CSV column) at fault, dotted for nested fields. */
  field?: string;
}

/** One problem in the content, told in words a journalist can act on. */
export interface ContentProblem extends ContentLocation {
  /** What the field should hold, e.g. "a whole number of 0 or more". */
  expected: string;
  /** What was actually found, already quoted for display. */
  found?: string;
  /** How to fix it, when the fix is mechanical. */
  hint?: string;
}

/** A part of a message without its closing full stop: the formatter places the stops. */
const bare = (part: string) => part.trim().replace(/\.+$/, '');

/** A sentence with one closing mark: a question ("did you mean …?") keeps its own. */
const closed = (sentence: string) => (/[.?!。？！]$/.test(sentence) ? sentence : `${sentence}.`);

/**
 * Formats a problem as one line: `file:line (row 3), field "x": expected …; found …. Fix: …`,
 * with one stop at the end of each sentence, whatever punctuation the parts bring.
 */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const item = problem.item ? ` (${problem.item.kind} ${problem.item.index})` : '';
  const field = problem.field === undefined ? '' : `, field "${problem.field}"`;
  const found = problem.found === undefined ? '' : `; found ${bare(problem.found)}`;
  const sentence = closed(`${where}${item}${field}: expected ${bare(problem.expected)}${found}`);
  return problem.hint === undefined ? sentence : `${sentence} Fix: ${closed(bare(problem.hint))}`;
}

/**
 * Thrown when content does not validate. It carries every problem found, so a journalist
 * can fix them all in one pass instead of one build per typo.
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(`The content has ${formatReport(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Content problems as one report, grouped by file: the terminal's and the preview's form. */
export interface FileProblems {
  file: string;
  problems: ContentProblem[];
}

/** Problems grouped by file, files in the order first met, each file's problems by line. */
export function groupByFile(problems: readonly ContentProblem[]): FileProblems[] {
  const groups = new Map<string, ContentProblem[]>();
  for (const problem of problems) {
    const list = groups.get(problem.file) ?? [];
    list.push(problem);
    groups.set(problem.file, list);
  }
  return [...groups].map(([file, list]) => ({
    file,
    // A stable sort keeps problems of one line in the order they were found.
    problems: list.toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  }));
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * The report as text: a heading per file, then one line per problem. Each line keeps its
 * `file:line` so a terminal or an editor can open the file at the line.
 */
export function formatReport(problems: readonly ContentProblem[]): string {
  const groups = groupByFile(problems);
  const heading = `${count(problems.length, 'problem')} in ${count(groups.length, 'file')}:`;
  const body = groups.map(
    (group) =>
      `\n${group.file} (${count(group.problems.length, 'problem')})\n` +
      group.problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
  );
  return [heading, ...body].join('\n');
}

/** Quotes a raw value for an error message: strings in quotes, long ones shortened. */
export function describeFound(value: unknown, format: 'yaml' | 'csv' = 'yaml'): string {
  if (value === undefined)
    return format === 'csv' ? 'an empty cell' : 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'an empty text';
    const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `"${short}"`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'a group of fields';
}
