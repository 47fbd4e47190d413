import { csvParseRows } from 'd3-dsv';
import type { ContentProblem } from './contentError.ts';
import type { RawFile, RawItem } from './rawItems.ts';

/**
 * Reads a CSV content file: a header row of column names, then one row per record.
 * Each row becomes a record of cell texts keyed by column; a row with too few or too many
 * cells, a blank or repeated column name, or a file with no rows is a problem.
 */
export function parseCsvTable(
  file: string,
  text: string,
): { parsed?: RawFile; problems: ContentProblem[] } {
  const body = text.replace(/^\uFEFF/, '');
  const unreadable = unreadableProblem(file, body);
  if (unreadable) return { problems: [unreadable] };
  const rows = csvParseRows(body);
  const lines = startLines(rows);
  // A trailing newline leaves no row in d3-dsv, but blank lines in the middle are rows of one empty cell.
  const [header, ...records] = rows;
  if (!header) return { problems: [{ file, expected: 'a header row', found: 'an empty file' }] };

  const columns = header.map((name) => name.trim());
  const problems = headerProblems(file, columns, records.length);
  const items: RawItem[] = [];
  records.forEach((cells, i) => {
    const line = lines[i + 1] ?? i + 2;
    const problem = rowProblem(file, columns, cells, i + 1, line);
    if (problem) {
      problems.push(problem);
      return;
    }
    const value = Object.fromEntries(columns.map((name, c) => [name, cells[c] ?? '']));
    items.push({ index: i + 1, line, value, lineOf: () => line });
  });

  return problems.length > 0 ? { problems } : { parsed: { file, format: 'csv', items }, problems };
}

/** Why the text cannot be read as CSV at all: an empty file, or a quote that is never closed. */
function unreadableProblem(file: string, body: string): ContentProblem | undefined {
  if (body.trim() === '') {
    return {
      file,
      expected: 'a header row of column names, then rows of data',
      found: 'an empty file',
    };
  }
  const unclosed = findUnclosedQuote(body);
  if (unclosed === undefined) return undefined;
  return {
    file,
    line: unclosed,
    expected: 'every opening quote (") to be closed in the same cell',
    found: 'a quote that is never closed',
    hint: 'close the quote, or write "" for a quote inside quoted text',
  };
}

/** Blank or repeated column names, and a header with no rows under it. */
function headerProblems(
  file: string,
  columns: readonly string[],
  recordCount: number,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  columns.forEach((name, i) => {
    if (name === '')
      problems.push({
        file,
        line: 1,
        field: `column ${i + 1}`,
        expected: 'a column name in the header',
        found: 'an empty header cell',
      });
    else if (columns.indexOf(name) !== i)
      problems.push({
        file,
        line: 1,
        field: name,
        expected: 'each column name once',
        found: 'the same column name twice',
      });
  });
  if (recordCount === 0) {
    problems.push({
      file,
      line: 1,
      expected: 'at least one row of data under the header',
      found: 'only the header',
    });
  }
  return problems;
}

/** What is wrong with one data row (1-based index), if anything: a blank line or a wrong cell count. */
function rowProblem(
  file: string,
  columns: readonly string[],
  cells: readonly string[],
  index: number,
  line: number,
): ContentProblem | undefined {
  if (cells.length === 1 && cells[0]?.trim() === '') {
    return {
      file,
      line,
      item: { kind: 'row', index },
      expected: `a row of ${columns.length} cells`,
      found: 'a blank line',
      hint: 'delete the blank line',
    };
  }
  if (cells.length === columns.length) return undefined;
  return {
    file,
    line,
    item: { kind: 'row', index },
    expected: `${columns.length} cells, one per column (${columns.join(', ')})`,
    found: `${cells.length} cells`,
    hint:
      cells.length > columns.length
        ? (thousandsHint(cells, columns.length) ??
          'a comma inside a value must be inside "double quotes"')
        : 'add the missing cells; write null for an unknown value',
  };
}

/**
 * A number written with thousands separators splits into cells ("36,425.78" → "36", "425.78").
 * When joining such runs gives the right number of cells, the fix is the plain numbers.
 */
function thousandsHint(cells: readonly string[], wanted: number): string | undefined {
  const joined: string[] = [];
  for (const cell of cells) {
    const last = joined.at(-1);
    if (last !== undefined && /^-?\d{1,3}(?:,\d{3})*$/.test(last) && /^\d{3}(?:\.\d+)?$/.test(cell))
      joined[joined.length - 1] = `${last},${cell}`;
    else joined.push(cell.trim());
  }
  const numbers = joined.filter((cell) => cell.includes(',')).map((cell) => cell.replace(/,/g, ''));
  if (joined.length !== wanted || numbers.length === 0) return undefined;
  return `write numbers without thousands separators: ${numbers.join(', ')}`;
}

/** 1-based start line of each parsed row, counting newlines held inside quoted cells. */
function startLines(rows: string[][]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const row of rows) {
    lines.push(line);
    line += 1 + row.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
  }
  return lines;
}

/** The line where an unbalanced double quote opens, if any (d3-dsv would read to the end of the file). */
function findUnclosedQuote(text: string): number | undefined {
  let inQuotes = false;
  let line = 1;
  let openedAt = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    else if (ch === '"') {
      if (inQuotes) {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      } else if (i === 0 || /[,\r\n]/.test(text[i - 1] ?? '')) {
        // Like d3-dsv, a quote only opens a quoted cell at the start of the cell.
        inQuotes = true;
        openedAt = line;
      }
    }
  }
  return inQuotes ? openedAt : undefined;
}
