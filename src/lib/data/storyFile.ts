/**
 * Reads one story file: validates its frontmatter (with file lines), checks its source ids and
 * dates, places its charts, and checks its text, pictures and links. Pure: the caller supplies
 * what exists (sources, charts, files in public/) and the chart renderer.
 */
import { placeCharts, type Placement } from '../charts/placeCharts.ts';
import { storySchema, type Story } from '../schema/story.ts';
import { bodyLines } from '../stories/bodyLines.ts';
import { correctionDateProblems } from '../stories/corrections.ts';
import type { FigureData } from '../stories/figureData.ts';
import { bodyFigures, lineFigures } from '../stories/figures.ts';
import { imageProblems } from '../stories/images.ts';
import { linkProblems, type SitePages } from '../stories/links.ts';
import { emptyBodyProblem, placeholderProblems } from '../stories/prose.ts';
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

/** What a story can cite, place and link to. */
export interface StoryContext extends SitePages {
  /** Ids in content/sources.yaml. */
  sources: ReadonlySet<string>;
  /** The data figures refer to; without it (the data has problems) references are not checked. */
  figures?: FigureData | undefined;
}

export function readStoryFile(
  file: string,
  text: string,
  known: StoryContext,
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
  const unsafe = unsafeHtmlProblems(split.body, file, split.bodyLine);
  problems.push(...unsafe);
  const lines = bodyLines(split.body, split.bodyLine);
  const figures = bodyFigures(lines, file, known.figures);
  problems.push(...figures.problems);
  const placed = placeCharts(figures.text, file, known.charts, renderChart, split.bodyLine);
  problems.push(...placed.problems);
  // A line with unsafe HTML is to be removed: its pictures and links say nothing more.
  const checked = lines.filter((l) => !unsafe.some((p) => p.line === l.line));
  problems.push(...imageProblems(checked, file, known.publicFiles));
  // A draft may link to other drafts: both are shown in the preview only.
  problems.push(...linkProblems(checked, file, story?.draft ? { ...known, drafts: [] } : known));
  // A draft may be empty or hold placeholders while it is written, never once published.
  const empty = emptyBodyProblem(lines, file, split.bodyLine - 1);
  if (empty && story?.draft !== true) problems.push(empty);
  if (story && story.draft !== true)
    problems.push(...placeholderProblems(text.replace(/^\uFEFF/, ''), file, split.bodyLine));
  const shown = story ? headlineFigures(story, split, file, known.figures, problems) : undefined;
  return {
    ...(shown ? { story: shown } : {}),
    markdown: placed.markdown,
    // As readers read it: each figure as its value, not as the words of its reference.
    body: bodyFigures(lines, file, known.figures, 'plain').text,
    placements: placed.placements,
    // In the order of the file, so a journalist can work down it.
    problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
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
  const story = rows[0]?.data;
  if (story?.updated && story.updated < story.date)
    problems.push({
      file,
      line: (parsed.items[0]?.lineOf(['updated']) ?? 1) + offset,
      field: 'updated',
      expected: `a date no earlier than date (${story.date}): the day of the last change`,
      found: `"${story.updated}"`,
      hint: 'correct the day, or swap date and updated if they are the wrong way round',
    });
  if (story) problems.push(...correctionDateProblems(file, story, parsed.items[0], offset));
  return { story, problems };
}

/**
 * The title and dek with their figures written out as plain text (they are shown in lists, feeds
 * and link previews, where a link cannot go); their literal figures are problems like the body's.
 */
function headlineFigures(
  story: Story,
  split: SplitMarkdown,
  file: string,
  data: FigureData | undefined,
  problems: ContentProblem[],
): Story {
  const lines = split.frontmatter.split('\n');
  const written = (field: 'title' | 'dek') => {
    const index = lines.findIndex((l) => new RegExp(`^${field}\\s*:`).test(l));
    const where = { file, line: split.frontmatterLine + Math.max(0, index), field };
    const result = lineFigures(story[field], where, data, 'plain');
    problems.push(...result.problems);
    return result.text;
  };
  return { ...story, title: written('title'), dek: written('dek') };
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
