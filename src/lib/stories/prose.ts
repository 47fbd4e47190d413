/**
 * A story must say something: at least one paragraph of text besides headings, chart lines and
 * pictures. And a story that is published must not still hold the 【待填…】 placeholders that
 * `npm run new-story` writes (they are fine while it is a draft).
 */
import type { ContentProblem } from '../data/contentError.ts';
import type { BodyLine } from './bodyLines.ts';
import { readChartLine } from './chartLine.ts';

/**
 * The mark of text still to be written, in the files `npm run new-story` creates: 【待填：标题】.
 * (The bracket keeps an ordinary 待填补 in prose from reading as a placeholder.)
 */
export const PLACEHOLDER = '【待填';

const HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const RULE = /^\s{0,3}(?:[-*_]\s*){3,}$/;

/** True when the line is prose: not a heading, a chart line, a rule, a picture or bare HTML. */
function isProse({ kind, scan }: BodyLine): boolean {
  if (kind !== 'text' || HEADING.test(scan) || RULE.test(scan) || readChartLine(scan)) return false;
  const words = scan.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ').replace(/<[^>]*>/g, ' ');
  return /[\p{L}\p{N}]/u.test(words);
}

/** A problem when the body has no paragraph of prose; `closingLine` is the frontmatter's last ---. */
export function emptyBodyProblem(
  lines: readonly BodyLine[],
  file: string,
  closingLine: number,
): ContentProblem | undefined {
  if (lines.some(isProse)) return undefined;
  const blank = lines.every((l) => l.text.trim() === '');
  return {
    file,
    line: closingLine,
    field: 'story text',
    expected: "the story's text below the second --- line: at least one paragraph",
    found: blank
      ? 'nothing after the frontmatter'
      : 'no paragraph of text, only headings, chart lines, pictures or notes',
    hint: 'write the story under the frontmatter, or add draft: true to the frontmatter until it is written',
  };
}

/**
 * One problem per line of a story that is not a draft still holding a placeholder. `lines` are all
 * the file's lines (frontmatter too: a title can be a placeholder).
 */
export function placeholderProblems(
  text: string,
  file: string,
  bodyLine: number,
): ContentProblem[] {
  let key: string | undefined;
  return text.split(/\r?\n/).flatMap((line, i) => {
    // In the frontmatter, a list item or comment belongs to the field above it.
    const field = i + 1 < bodyLine ? /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line) : null;
    if (field) key = field[1];
    if (!line.includes(PLACEHOLDER)) return [];
    const written = (field ? (field[2] ?? '') : line).trim();
    return [
      {
        file,
        line: i + 1,
        field: (i + 1 < bodyLine ? key : undefined) ?? 'story text',
        expected: `the story's own text in place of each ${PLACEHOLDER}…】 placeholder before it is published`,
        found: `"${written.length > 40 ? `${written.slice(0, 39)}…` : written}"`,
        hint: 'write the text (delete the notes), or keep draft: true in the frontmatter until the story is ready',
      },
    ];
  });
}
