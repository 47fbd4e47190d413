/**
 * What a YAML parser error means, in words a journalist can act on, at the line to change: the
 * parser often points at the line where it gave up (after an unclosed bracket or quote, or
 * above an over-indented field). Each cause carries the repaired line when the repair is
 * mechanical, so the text can be parsed again to look for other mistakes.
 */
import type { LineCounter, YAMLError } from 'yaml';
import type { ContentProblem } from './contentError.ts';
import {
  expectedColumn,
  firstLine,
  keyOf,
  leadingSpace,
  nextSignificant,
  reindent,
  shorten,
  spaces,
} from './yamlLines.ts';

/** One mistake: the line to change, the problem told there, and the line repaired if that is mechanical. */
export interface Cause {
  line: number;
  problem: ContentProblem;
  fixed?: string;
}

type Diagnose = (
  file: string,
  lines: readonly string[],
  error: YAMLError,
  line: number,
) => Cause | undefined;

/** The cause of the first error a parse reported. */
export function parseErrorCause(
  file: string,
  lines: readonly string[],
  error: YAMLError,
  lineCounter: LineCounter,
): Cause {
  const line = lineCounter.linePos(error.pos[0]).line;
  for (const diagnose of DIAGNOSES) {
    const cause = diagnose(file, lines, error, line);
    if (cause) return cause;
  }
  return {
    line,
    problem: {
      file,
      line,
      expected: 'valid YAML',
      found: `a syntax error (${firstLine(error.message)})`,
      hint: 'check the indentation and that every "key: value" has a space after the colon; quote text containing ": " or "#"',
    },
  };
}

const at = (file: string, line: number, fields: Omit<ContentProblem, 'file' | 'line'>) => ({
  file,
  line,
  ...fields,
});

/** An opening bracket or quote never closed: the parser notices lines later. */
const unclosed: Diagnose = (file, lines, error, line) => {
  const bracket = /Flow sequence|Flow map|end with a [\]}]/.test(error.message);
  const quote = /Missing closing .?quote/.test(error.message);
  if (!bracket && !quote) return undefined;
  for (let i = line - 1; i >= 0; i--) {
    const text = lines[i] ?? '';
    const open = bracket ? unclosedBracket(text) : unclosedQuote(text);
    if (open === undefined) continue;
    const [what, closer] = bracket
      ? [`a list opened with "${open}"`, open === '[' ? ']' : '}']
      : ['a quote (")', '"'];
    return {
      line: i + 1,
      problem: at(file, i + 1, {
        expected: `${what} to be closed on the same line`,
        found: `no closing ${closer}`,
        hint: `add ${closer} where the ${bracket ? 'list' : 'quoted text'} ends`,
      }),
      fixed: `${text.replace(/\s+$/, '')}${closer}`,
    };
  }
  return undefined;
};

function unclosedBracket(text: string): string | undefined {
  const value = text.replace(/"[^"]*"|'[^']*'/g, '');
  for (const [open, close] of [
    ['[', ']'],
    ['{', '}'],
  ] as const)
    if (value.split(open).length > value.split(close).length) return open;
  return undefined;
}

function unclosedQuote(text: string): string | undefined {
  const quotes = text.replace(/\\"/g, '').match(/"/g)?.length ?? 0;
  return quotes % 2 === 1 ? '"' : undefined;
}

/** A key written `key：value` or `key:value`: the parser reads one long text instead of a field. */
const badColon: Diagnose = (file, lines, error, line) => {
  if (!/MULTILINE_IMPLICIT_KEY|BLOCK_AS_IMPLICIT_KEY/.test(error.code)) return undefined;
  const text = lines[line - 1] ?? '';
  const match = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w-]*)(：[ \t]*|:(?=[^\s/]))/.exec(text);
  if (!match) return undefined;
  const [written, prefix = '', key = ''] = match;
  const fixed = `${prefix}${key}: ${text.slice(written.length)}`;
  return {
    line,
    problem: at(file, line, {
      field: key,
      expected: `"${key}: " with a half-width colon and a space after it`,
      found: `"${shorten(text.trim())}"`,
      hint: `write the line as ${shorten(fixed.trim())}`,
    }),
    fixed,
  };
};

/** An entry's "- " indented although the entries above start at the beginning of the line. */
const indentedDash: Diagnose = (file, lines, _error, line) => {
  const text = lines[line - 1] ?? '';
  const dash = /^([ \t]+)- /.exec(text);
  const firstEntry = lines.findIndex((l) => l.startsWith('- '));
  if (
    !dash ||
    firstEntry < 0 ||
    firstEntry >= line - 1 ||
    expectedColumn(lines, line - 1) === undefined
  )
    return undefined;
  return {
    line,
    problem: at(file, line, {
      expected: 'each entry\'s "- " at the start of the line, like the entries above',
      found: `${spaces((dash[1] ?? '').length)} before "- "`,
      hint: 'remove the spaces before "- "',
    }),
    fixed: text.slice((dash[1] ?? '').length),
  };
};

/** A field indented more or less than the field above it. */
const badIndent: Diagnose = (file, lines, error, line) => {
  const multiline =
    error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'BLOCK_AS_IMPLICIT_KEY';
  // A field indented too far reads as more text of the field above: the parser points there.
  const index = multiline ? nextSignificant(lines, line - 1) : line - 1;
  const text = lines[index] ?? '';
  const key = keyOf(text);
  const column = expectedColumn(lines, index);
  if (index < 0 || !key || column === undefined || key.column === column) return undefined;
  const found = leadingSpace(text).length;
  if (multiline && found <= column) return undefined;
  return {
    line: index + 1,
    problem: at(file, index + 1, {
      field: key.key,
      expected: `"${key.key}" indented like the field above it (${spaces(column)})`,
      found: spaces(found),
      hint:
        column === 0
          ? 'remove the spaces before it, like the lines above'
          : `indent it by ${column === 2 ? 'two spaces' : spaces(column)} like the lines above`,
    }),
    fixed: reindent(text, column),
  };
};

/** Text with ": " in it, unquoted: the parser takes the first part for a field name. */
const colonInValue: Diagnose = (file, lines, error, line) => {
  if (error.code !== 'BLOCK_AS_IMPLICIT_KEY') return undefined;
  const text = lines[line - 1] ?? '';
  const match = /^([ \t]*(?:-[ \t]+)?[^\s:#][^:#]*:[ \t]+)(.*?)\r?$/.exec(text);
  const value = match?.[2] ?? '';
  if (!match || !value.includes(': ')) return undefined;
  const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return {
    line,
    problem: at(file, line, {
      expected: 'text containing ": " to be in quotes',
      found: `an unquoted text with ": " in it`,
      hint: `put the text in quotes: ${(match[1] ?? '').trim()} ${shorten(quoted)}`,
    }),
    fixed: `${match[1] ?? ''}${quoted}`,
  };
};

/** A key written twice in one entry. */
const duplicateKey: Diagnose = (file, lines, error, line) => {
  if (error.code !== 'DUPLICATE_KEY') return undefined;
  const text = lines[line - 1] ?? '';
  const key = keyOf(text)?.key ?? '';
  return {
    line,
    problem: at(file, line, {
      field: key,
      expected: 'each field once in an entry',
      found: `"${key}" a second time`,
      hint: 'delete one of the two lines, or rename this one',
    }),
    // Commented out, the line no longer hides mistakes below it.
    fixed: `# ${text}`,
  };
};

/** Text after a closing quote: `"湖南"印发…` (quotation marks typed as ASCII quotes). */
const textAfterQuote: Diagnose = (file, lines, error, line) => {
  if (!/Unexpected scalar at node end/.test(error.message)) return undefined;
  const text = lines[line - 1] ?? '';
  const match = /^([ \t]*(?:-[ \t]+)?[^\s:#][^:#]*:[ \t]+)("[^"]*"\S.*?)\r?$/.exec(text);
  if (!match) return undefined;
  const value = match[2] ?? '';
  // Two quotes are a pair of quotation marks: typed as “ ” they need no YAML quoting at all.
  const paired = (value.match(/"/g) ?? []).length === 2;
  const fixed = paired
    ? `${match[1] ?? ''}${value.replace('"', '“').replace('"', '”')}`
    : undefined;
  return {
    line,
    problem: at(file, line, {
      expected: 'a quoted text to end with its closing quote',
      found: 'more text after the closing quote',
      hint: fixed
        ? `write the quotation marks as “ ”: ${shorten(fixed.trim())}`
        : 'put the quotes around the whole text, and write quotation marks inside it as “ ”',
    }),
    ...(fixed ? { fixed } : {}),
  };
};

const DIAGNOSES: Diagnose[] = [
  unclosed,
  badColon,
  indentedDash,
  badIndent,
  colonInValue,
  duplicateKey,
  textAfterQuote,
];
