/**
 * Splits a Markdown file into its YAML frontmatter and body, keeping line numbers: the
 * frontmatter's first line is line 2 of the file, and the body starts after the closing `---`.
 */
export interface SplitMarkdown {
  frontmatter: string;
  body: string;
  /** File line of the frontmatter's first line. */
  frontmatterLine: number;
  /** File line of the body's first line. */
  bodyLine: number;
}

export function splitFrontmatter(text: string): SplitMarkdown | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return undefined;
  return {
    frontmatter: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    frontmatterLine: 2,
    bodyLine: end + 2,
  };
}
