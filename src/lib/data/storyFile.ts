/**
 * Reads one story file: validates its frontmatter (with file lines), checks its source ids, and
 * places its charts. Pure: the caller supplies the known ids and the chart renderer.
 */
import { placeCharts, type Placement } from '../charts/placeCharts.ts';
import { storySchema, type Story } from '../schema/story.ts';
import type { ContentProblem } from './contentError.ts';
import { didYouMean } from './didYouMean.ts';
import { splitFrontmatter, type SplitMarkdown } from './frontmatter.ts';
import { parseYamlMapping } from './parseYaml.ts';
import type { RawItem } from './rawItems.ts';
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
  const { story, problems } = readFrontmatter(file, split, known.sources);
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

/** Validates the frontmatter as a story and checks its source ids, with lines in the whole file. */
function readFrontmatter(
  file: string,
  split: SplitMarkdown,
  sources: ReadonlySet<string>,
): { story: Story | undefined; problems: ContentProblem[] } {
  // The YAML parser counts lines from the frontmatter's first line, not the file's.
  const offset = split.frontmatterLine - 1;
  const { parsed, problems: parseProblems } = parseYamlMapping(file, split.frontmatter);
  const problems: ContentProblem[] = parseProblems.map((p) => shiftLine(p, offset));
  if (!parsed) return { story: undefined, problems };
  const { rows, problems: rowProblems } = validateRows(parsed, storySchema);
  problems.push(...rowProblems.map(({ item, ...p }) => shiftLine(p, offset)));
  // Source ids are checked even when another field is wrong, so one pass finds every problem.
  problems.push(...unknownSourceProblems(file, parsed.items[0], sources, offset));
  return { story: rows[0]?.data, problems };
}

/** The problem with its line, if it has one, moved down by `offset` lines. */
function shiftLine<P extends { line?: number }>(p: P, offset: number): P {
  return { ...p, ...(p.line ? { line: p.line + offset } : {}) };
}

/** One problem per cited source id that content/sources.yaml does not list, with a guess. */
function unknownSourceProblems(
  file: string,
  item: RawItem | undefined,
  sources: ReadonlySet<string>,
  offset: number,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const cited = (item?.value as { sources?: unknown } | undefined)?.sources;
  (Array.isArray(cited) ? cited : []).forEach((id, i) => {
    if (typeof id !== 'string' || sources.has(id)) return;
    const guess = didYouMean(id, sources);
    problems.push({
      file,
      line: (item?.lineOf(['sources', i]) ?? 1) + offset,
      field: 'sources',
      expected: 'an id listed in content/sources.yaml',
      found: `an unknown id "${id}"`,
      ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
    });
  });
  return problems;
}
