/**
 * Breaks text into lines of at most `width` units for SVG, where a Han character or full-width
 * mark counts 1 and a half-width character 0.55. Latin words are kept whole when they fit.
 *
 * Chinese line-breaking rules (禁则) are kept: no line starts with a closing mark such as ，。、）
 * and none ends with an opening one such as （“: the character before the mark moves down with it.
 * @example wrapText('湖南的备案数居中部六省之首', 6) // ['湖南的备案数', '居中部六省之', '首']
 * @example wrapText('湖北安徽，河南', 4) // ['湖北安', '徽，河南']
 */
export function wrapText(text: string, width: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,%()\-/:]+\s*|\s+|./gu) ?? [];
  const lines: string[][] = [];
  let line: string[] = [];
  let used = 0;
  for (const token of tokens) {
    const size = units(token);
    if (used + size > width && line.join('').trim() !== '') {
      const carried = carriedDown(line, token);
      lines.push(line.slice(0, line.length - carried.length));
      line = carried;
      used = units(carried.join(''));
    }
    if (line.length === 0 && token.trim() === '') continue;
    line.push(token);
    used += size;
  }
  lines.push(line);
  return lines.map((l) => l.join('').trimEnd()).filter((l) => l.trim() !== '');
}

const NO_LINE_START = /^[，。、；：！？）」』”’》〉】…—%,.;:!?)]/u;
const NO_LINE_END = /[（「『“‘《〈【(]$/u;

function units(text: string): number {
  return [...text].reduce((sum, ch) => sum + (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.55), 0);
}

/** The tokens at the end of a full line that must go down with `next` to keep the rules. */
function carriedDown(line: readonly string[], next: string): string[] {
  let keep = line.length;
  // The character a closing mark follows goes down with it; then so does an opening mark left
  // at the line's end.
  if (NO_LINE_START.test(next) && keep > 1) keep--;
  while (keep > 1 && NO_LINE_END.test(line[keep - 1] ?? '')) keep--;
  return line.slice(keep);
}
