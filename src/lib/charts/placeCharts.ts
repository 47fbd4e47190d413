/**
 * Finds chart placements in a story's Markdown — a line of its own reading
 * `::chart{id="filings-map"}` — and replaces each with the chart's HTML. An unknown id is a
 * problem naming the story file and line, with the closest known id.
 */
import type { ContentProblem } from '../data/contentError.ts';
import { didYouMean } from '../data/didYouMean.ts';

const PLACEMENT = /^::chart\{\s*id\s*=\s*"([^"]*)"\s*\}\s*$/;
const LOOKS_LIKE_PLACEMENT = /^\s*::chart\b/;

export interface Placement {
  id: string;
  line: number;
}

/**
 * Replaces every placement line with `render(id)`; lines that look like a placement but are
 * malformed, and unknown ids, become problems. `firstLine` is the file line of the body's first line.
 */
export function placeCharts(
  body: string,
  file: string,
  knownIds: readonly string[],
  render: (id: string) => string,
  firstLine = 1,
): { markdown: string; placements: Placement[]; problems: ContentProblem[] } {
  const placements: Placement[] = [];
  const problems: ContentProblem[] = [];
  const lines = body.split('\n').map((text, i) => {
    const line = firstLine + i;
    if (!LOOKS_LIKE_PLACEMENT.test(text)) return text;
    const match = PLACEMENT.exec(text.trim());
    if (!match) {
      problems.push({
        file,
        line,
        field: 'chart placement',
        expected: 'a line of its own written ::chart{id="chart-id"}',
        found: `"${text.trim()}"`,
      });
      return text;
    }
    const id = match[1] ?? '';
    if (!knownIds.includes(id)) {
      const guess = didYouMean(id, knownIds);
      problems.push({
        file,
        line,
        field: 'chart id',
        expected: `the id of a chart in content/charts/ (${knownIds.join(', ')})`,
        found: `"${id}"`,
        ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
      });
      return text;
    }
    placements.push({ id, line });
    // Blank lines around the HTML make it a block of its own in Markdown.
    return `\n${render(id).replace(/\n\s*/g, ' ')}\n`;
  });
  return { markdown: lines.join('\n'), placements, problems };
}
