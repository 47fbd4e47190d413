/**
 * Explains why YAML text does not parse: once per cause, at the line to change, in plain words.
 * The parser alone reports one mistake as hundreds of errors (a key at column 0 in a 300 KB
 * file gave 1,601), often on the line before the mistake, and never says "tab". Here each cause
 * found is repaired in a copy of the text and the copy parsed again, so what is left are other
 * mistakes, not echoes of the first; at most three are told, then how many more there are.
 */
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { ContentProblem } from './contentError.ts';
import { parseErrorCause, type Cause } from './yamlCauses.ts';
import { expectedColumn, keyOf, leadingSpace, reindent } from './yamlLines.ts';

/** The top of a content file: a list of entries, or `key: value` lines. */
export type YamlShape = 'list' | 'mapping';

const SHOWN = 3;

export function parseErrors(text: string): { errors: YAMLError[]; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { errors: doc.errors, lineCounter };
}

/** The syntax problems of a YAML text that does not parse: at most three, then a count. */
export function yamlSyntaxProblems(file: string, text: string, shape: YamlShape): ContentProblem[] {
  const lines = text.split('\n');
  // The scans repair `lines` as they go, so the parse below looks past what they found.
  const causes = [
    ...tabCauses(file, lines),
    ...(shape === 'list' ? unindentedKeys(file, lines) : []),
  ];
  // Lines with errors the last parse reported after the last cause found: told as a count.
  let rest: number[] = [];
  // One cause past the three told is enough to count the rest: each round parses the file again.
  for (let round = 0; round <= SHOWN; round++) {
    const { errors, lineCounter } = parseErrors(lines.join('\n'));
    const first = errors[0];
    if (!first) break;
    const cause = parseErrorCause(file, lines, first, lineCounter);
    // Errors that follow from this cause (an unclosed bracket is noticed lines later) are not
    // other mistakes: each error is traced to its cause, and the causes are counted.
    const traced = errors.slice(1).map((e) => parseErrorCause(file, lines, e, lineCounter).line);
    rest = traced.filter((line) => line !== cause.line);
    if (causes.some((c) => c.line === cause.line)) break;
    causes.push(cause);
    if (cause.fixed === undefined) break;
    lines[cause.line - 1] = cause.fixed;
  }
  return told(file, causes, rest);
}

/** The first causes in line order, then one problem counting the rest. */
function told(file: string, causes: Cause[], rest: number[]): ContentProblem[] {
  const sorted = [...causes].sort((a, b) => a.line - b.line);
  const shown = sorted.slice(0, SHOWN);
  const last = shown.at(-1)?.line ?? 1;
  const more = new Set([
    ...sorted.slice(SHOWN).map((c) => c.line),
    ...rest.filter((l) => l > last),
  ]);
  const problems = shown.map((c) => c.problem);
  if (more.size === 0) return problems;
  return [
    ...problems,
    {
      file,
      line: Math.min(...more),
      expected: 'valid YAML',
      found: `${more.size} more ${more.size === 1 ? 'line' : 'lines'} with syntax errors after line ${last}`,
      hint: 'fix the problems above first and check again: the rest often follow from them',
    },
  ];
}

/**
 * Tabs in indentation, told once for the file at the first one (editors insert them in runs).
 * Every tab is replaced in `lines`, so the parse that follows looks past them.
 */
function tabCauses(file: string, lines: string[]): Cause[] {
  const tabbed = lines.flatMap((line, i) => (leadingSpace(line).includes('\t') ? [i] : []));
  const first = tabbed[0];
  if (first === undefined) return [];
  const column = (lines[first] ?? '').indexOf('\t') + 1;
  for (const i of tabbed) lines[i] = untab(lines, i);
  const others = tabbed.slice(1).map((i) => i + 1);
  const more =
    others.length === 0
      ? ''
      : ` (and on ${others.length} more ${others.length === 1 ? 'line' : 'lines'}: ${others.slice(0, 5).join(', ')}${others.length > 5 ? '…' : ''})`;
  return [
    {
      line: first + 1,
      problem: {
        file,
        line: first + 1,
        expected: 'indentation made of spaces (YAML indents with spaces only)',
        found: `a tab character at line ${first + 1}, column ${column}${more}`,
        hint: 'replace the tab with spaces',
      },
    },
  ];
}

/** The line with its leading tabs replaced: by the indentation of the line above, or two spaces each. */
function untab(lines: readonly string[], index: number): string {
  const line = lines[index] ?? '';
  const column = expectedColumn(lines, index);
  return column === undefined
    ? line.replace(/^[ \t]+/, (s) => s.replace(/\t/g, '  '))
    : reindent(line, column);
}

/** In a list of entries, a field at the start of a line has lost the indentation under its `- `. */
function unindentedKeys(file: string, lines: string[]): Cause[] {
  const firstEntry = lines.findIndex((l) => l.startsWith('- '));
  if (firstEntry < 0) return [];
  return lines.flatMap((line, i) => {
    const key = keyOf(line);
    if (i <= firstEntry || !key || key.column !== 0 || line.startsWith('-')) return [];
    const column = expectedColumn(lines, i) ?? 2;
    lines[i] = reindent(line, column);
    return [
      {
        line: i + 1,
        problem: {
          file,
          line: i + 1,
          field: key.key,
          expected: `the field "${key.key}" indented under its entry (the "- " line above it)`,
          found: `"${key.key}:" at the start of the line`,
          hint: `indent it by ${column === 2 ? 'two' : column} spaces like the lines above`,
        },
      },
    ];
  });
}
