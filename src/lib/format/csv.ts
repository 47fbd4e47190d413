import { csvFormatRows } from 'd3-dsv';

/**
 * A CSV file that Excel opens correctly in Chinese: UTF-8 with a byte-order mark, CRLF line ends,
 * unknown values as empty cells.
 */
export function csvForExcel(
  columns: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const lines = [
    [...columns],
    ...rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))),
  ];
  return `\uFEFF${lines.map((line) => csvFormatRows([line])).join('\r\n')}\r\n`;
}
