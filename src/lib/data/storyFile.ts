/**
 * Reads one story file: validates its frontmatter (with file lines), checks its source ids, and
 * places its charts. Pure: the caller supplies the known ids and the chart renderer.
 */
import { placeCharts, type Placement } from '../charts/placeCharts.ts';
import { storySchema, type Story } from '../schema/story.ts';
import type { ContentProblem } from './contentError.ts';
import { didYouMean } from './didYouMean.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseYamlMapping } from './parseYaml.ts';
import { unsafeHtmlProblems } from './unsafeHtml.ts';
import { validateRows } from './validateRows.ts';

export interface StoryFileResult {
  story?: Story;
  markdown: string;
  /** The body as written, before charts were placed (for counting prose). */
  body: string;
  placements: Placement[];
  problems: ContentProblem[];
}

export function readStoryFile(
  file: string,
  text: string,
  known: { sources: ReadonlySet<string>; charts: readonly string[] },
  renderChart: (id: string) => string,
): StoryFileResult {
  const split = splitFrontmatter(text);
  if (!split) {
    return {
      markdown: '',
      body: '',
      placements: [],
      problems: [
        {
          file,
          line: 1,
          expected: 'frontmatter between two lines of ---, starting on line 1',
          found: 'no frontmatter',
        },
      ],
    };
  }
  const offset = split.frontmatterLine - 1;
  const { parsed, problems: parseProblems } = parseYamlMapping(file, split.frontmatter);
  const problems: ContentProblem[] = parseProblems.map((p) => ({
    ...p,
    ...(p.line ? { line: p.line + offset } : {}),
  }));
  let story: Story | undefined;
  if (parsed) {
    const { rows, problems: rowProblems } = validateRows(parsed, storySchema);
    problems.push(
      ...rowProblems.map(({ item, ...p }) => ({
        ...p,
        ...(p.line ? { line: p.line + offset } : {}),
      })),
    );
    story = rows[0]?.data;
    // Source ids are checked even when another field is wrong, so one pass finds every problem.
    const item = parsed.items[0];
    const cited = (item?.value as { sources?: unknown } | undefined)?.sources;
    (Array.isArray(cited) ? cited : []).forEach((id, i) => {
      if (typeof id !== 'string' || known.sources.has(id)) return;
      const guess = didYouMean(id, known.sources);
      problems.push({
        file,
        line: (item?.lineOf(['sources', i]) ?? 1) + offset,
        field: 'sources',
        expected: 'an id listed in content/sources.yaml',
        found: `an unknown id "${id}"`,
        ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
      });
    });
  }
  problems.push(...unsafeHtmlProblems(split.body, file, split.bodyLine));
  const placed = placeCharts(split.body, file, known.charts, renderChart, split.bodyLine);
  problems.push(...placed.problems);
  return {
    ...(story ? { story } : {}),
    markdown: placed.markdown,
    body: split.body,
    placements: placed.placements,
    problems,
  };
}
