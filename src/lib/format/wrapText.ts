/**
 * Breaks text into lines of at most `width` units for SVG, where a Han character or full-width
 * mark counts 1 and a half-width character 0.55. Latin words are kept whole when they fit.
 * @example wrapText('湖南的备案数居中部六省之首', 6) // ['湖南的备案数', '居中部六省之', '首']
 */
export function wrapText(text: string, width: number): string[] {
  const unit = (ch: string) => (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.55);
  const tokens = text.match(/[A-Za-z0-9.,%()\-/:]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const token of tokens) {
    const size = [...token].reduce((sum, ch) => sum + unit(ch), 0);
    if (used + size > width && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
    }
    if (line === '' && token.trim() === '') continue;
    line += token;
    used += size;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
