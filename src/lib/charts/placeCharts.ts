/**
 * Finds chart placements in a story's Markdown — a line of its own reading
 * `::chart{id="filings-map"}` — and replaces each with the chart's HTML. An unknown id, a chart
 * placed twice, and a line that nearly places a chart (see src/lib/stories/chartLine.ts) are
 * problems naming the story file and line, with the line that was meant. Lines in fenced code
 * and in HTML comments are left alone.
 */
import type { ContentProblem } from '../data/contentError.ts';
import { didYouMean } from '../data/didYouMean.ts';
import { bodyLines } from '../stories/bodyLines.ts';
import { placementLine, readChartLine, type ChartLine } from '../stories/chartLine.ts';

export interface Placement {
  id: string;
  line: number;
}

const EXPECTED_LINE =
  'a line of its own written ::chart{id="chart-id"} (half-width characters, two colons, lower-case chart, the id in double quotes)';

/**
 * Replaces every placement line with `render(id)`; near misses, unknown ids and second
 * placements become problems. `firstLine` is the file line of the body's first line.
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
  const lines = bodyLines(body, firstLine).map(({ text, line, kind, scan }) => {
    const read = kind === 'text' ? readChartLine(scan) : undefined;
    if (!read) return text;
    const problem = placementProblem(read, text, knownIds, placements);
    if (problem) {
      problems.push({ file, line, ...problem });
      return text;
    }
    placements.push({ id: read.id ?? '', line });
    // Blank lines around the HTML make it a block of its own in Markdown.
    return `\n${render(read.id ?? '').replace(/\n\s*/g, ' ')}\n`;
  });
  return { markdown: lines.join('\n'), placements, problems };
}

type Problem = Omit<ContentProblem, 'file' | 'line'>;

/** What is wrong with a chart line, or undefined for a placement of a known chart, the first time. */
function placementProblem(
  read: ChartLine,
  text: string,
  knownIds: readonly string[],
  placements: readonly Placement[],
): Problem | undefined {
  const guess = (id: string) => (knownIds.includes(id) ? id : didYouMean(id, knownIds));
  if (read.kind === 'near-miss') {
    const meant = placementLine((read.id && guess(read.id)) ?? read.id ?? 'chart-id');
    return {
      field: 'chart placement',
      expected: EXPECTED_LINE,
      found: `"${excerpt(text)}"`,
      hint: read.textBefore
        ? `put ${meant} on a line of its own, with an empty line before and after it`
        : read.id
          ? `did you mean ${meant}?`
          : `write ${meant} with the id of a chart in content/charts/ (${knownIds.join(', ')})`,
    };
  }
  if (!knownIds.includes(read.id)) {
    const near = didYouMean(read.id, knownIds);
    return {
      field: 'chart id',
      expected: `the id of a chart in content/charts/ (${knownIds.join(', ')})`,
      found: `"${read.id}"`,
      ...(near ? { hint: `did you mean "${near}"?` } : {}),
    };
  }
  const first = placements.find((p) => p.id === read.id);
  if (!first) return undefined;
  return {
    field: 'chart placement',
    expected: 'each chart placed once in a story',
    found: `${placementLine(read.id)} again: it is already placed on line ${first.line}`,
    hint: 'remove one of the two lines',
  };
}

/** The line, trimmed, shortened around its end (where the chart line is) when long. */
function excerpt(text: string): string {
  const line = text.trim();
  return line.length > 60 ? `…${line.slice(-59)}` : line;
}
