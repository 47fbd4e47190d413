/**
 * Estimated width of a line of SVG text: a Han character or full-width mark is 1 em, anything
 * else 0.6 em (a little wider than most fonts' digits, so estimates err on the safe side).
 */
const unit = (ch: string) => (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.6);

export function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((sum, ch) => sum + unit(ch), 0) * fontSize;
}

/**
 * The text cut to fit `width` px at `fontSize`, ending in "…" when cut.
 * @example truncateToWidth('湖南省区块链产业园', 70, 14) // '湖南省区…'
 */
export function truncateToWidth(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, fontSize) > width) break;
    out += ch;
  }
  return `${out.trimEnd().replace(/[，、；：,;:]$/, '')}…`;
}
