/**
 * The copy of a data file readers download: the same rows without the columns declared
 * `internal: true` (the newsroom's research notes) and without the file's comments, which are
 * written for the newsroom too.
 */
import { csvFormat, csvParse } from 'd3-dsv';
import { parse, stringify } from 'yaml';
import { publicColumns, type Declaration } from './declaration.ts';

export function publicFileText(
  file: string,
  text: string,
  declaration: Pick<Declaration, 'columns'>,
): string {
  const keep = new Set(publicColumns(declaration));
  const internal = Object.keys(declaration.columns).filter((name) => !keep.has(name));
  if (file.endsWith('.csv')) {
    const rows = csvParse(text.replace(/^\uFEFF/, ''));
    return `${csvFormat(
      rows,
      rows.columns.filter((c) => !internal.includes(c)),
    )}\n`;
  }
  const rows = parse(text) as unknown;
  if (!Array.isArray(rows)) return stringify(rows);
  const stripped = rows.map((row: unknown) =>
    row && typeof row === 'object'
      ? Object.fromEntries(Object.entries(row).filter(([k]) => !internal.includes(k)))
      : row,
  );
  return stringify(stripped, { lineWidth: 0 });
}
