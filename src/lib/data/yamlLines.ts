/**
 * Line-level reading of YAML text, for explaining syntax errors: indentation, keys, and the
 * indentation a line should have, judged from the line above it as a journalist would.
 */

/** The spaces and tabs a line starts with. */
export const leadingSpace = (line: string) => /^[ \t]*/.exec(line)?.[0] ?? '';

/** Blank lines and comment lines say nothing about structure. */
export const isSignificant = (line: string) => !/^\s*(#.*)?\r?$/.test(line);

/** A `key: value` or `key:` line (optionally after `- `): the key and its column (0-based). */
export function keyOf(line: string): { key: string; column: number } | undefined {
  const match =
    /^([ \t]*(?:-[ \t]+)?)([^\s#"'[\]{}:,-][^:#]*?|"[^"]*"|'[^']*'):(?:[ \t]|\r?$)/.exec(line);
  if (!match) return undefined;
  return { key: (match[2] ?? '').trim(), column: (match[1] ?? '').length };
}

/** 0-based index of the nearest significant line above `index`, or -1. */
export function previousSignificant(lines: readonly string[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (isSignificant(lines[i] ?? '')) return i;
  return -1;
}

/** 0-based index of the nearest significant line below `index`, or -1. */
export function nextSignificant(lines: readonly string[], index: number): number {
  for (let i = index + 1; i < lines.length; i++) if (isSignificant(lines[i] ?? '')) return i;
  return -1;
}

/**
 * The column a field on line `index` should start at: that of the field on the line above
 * (after its `- ` when it opens an entry). Unknown when the line above opens a nested block.
 * @example expectedColumn(['- id: a', 'name: b'], 1) // 2
 */
export function expectedColumn(lines: readonly string[], index: number): number | undefined {
  const above = previousSignificant(lines, index);
  if (above < 0) return undefined;
  const key = keyOf(lines[above] ?? '');
  if (!key) return undefined;
  const opensBlock = /:[ \t]*(?:[|>][-+]?[ \t]*)?(?:#.*)?\r?$/.test(lines[above] ?? '');
  return opensBlock ? undefined : key.column;
}

/** The line with its leading whitespace replaced by `column` spaces. */
export const reindent = (line: string, column: number) =>
  ' '.repeat(column) + line.slice(leadingSpace(line).length);

/** "2 spaces", "1 space", "no space". */
export const spaces = (n: number) => (n === 0 ? 'no space' : n === 1 ? '1 space' : `${n} spaces`);

/** A line or value cut to forty characters for a message. */
export function shorten(text: string): string {
  if (text.length <= 40) return text;
  return text.endsWith('"') ? `${text.slice(0, 38)}…"` : `${text.slice(0, 39)}…`;
}

/** The first line of a parser message, without its position. */
export function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
