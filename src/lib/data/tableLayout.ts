/**
 * How wide each column of a reader's table should be, read from what it holds, so that no column
 * shrinks to one character a line and no row grows absurdly tall: numbers stay on one line and
 * align right, short text stays on one line, long text gets a width at which it fits in a few
 * lines. The widths are CSS classes (see src/styles/tables.css): no inline styles under the CSP.
 */
import type { TableCell } from './tableView.ts';

export type ColumnFit =
  'number' | 'sources' | 'nowrap' | 'w8' | 'w12' | 'w16' | 'w20' | 'w24' | 'w28' | 'w32';

/** Text up to this width (in em) stays on one line. */
const ONE_LINE_EM = 7;
/** Long text is given the width at which it would take this many lines, were no space lost. */
const LINES = 5;
const STEPS = [8, 12, 16, 20, 24, 28, 32] as const;

const NUMBER = /^(?:至少)?[-−]?[\d,]+(?:\.\d+)?%?$/;

/**
 * The width of a text in em at the table's font: CJK and full-width characters take one em;
 * digits and half-width punctuation about 0.55em; Latin letters too, but they count as 0.75em for
 * the room lost where lines break between words.
 */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(char)
      ? 1
      : /[A-Za-z]/.test(char)
        ? 0.75
        : 0.55;
  return width;
}

/** The fit of every column of a table, from its cells. */
export function columnFits(rows: readonly (readonly TableCell[])[]): ColumnFit[] {
  const count = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: count }, (_, i) => columnFit(rows.map((row) => row[i])));
}

function columnFit(cells: readonly (TableCell | undefined)[]): ColumnFit {
  const texts = cells.flatMap((c) => (c?.kind === 'text' && c.text !== '' ? [c.text] : []));
  if (texts.length === 0) return cells.some((c) => c?.kind === 'sources') ? 'sources' : 'nowrap';
  if (texts.every((t) => NUMBER.test(t))) return 'number';
  const widest = Math.max(...texts.map(textWidthEm));
  if (widest <= ONE_LINE_EM) return 'nowrap';
  const step = STEPS.find((s) => s * LINES >= widest) ?? 32;
  return `w${step}`;
}
