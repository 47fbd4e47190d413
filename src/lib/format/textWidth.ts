/**
 * An estimate of a text's width for laying out SVG labels: a Han character or full-width mark is
 * 1 em, "," "." and a space 0.3 em, any other character 0.6 em (digits and Latin letters; a
 * little wider than most fonts' digits, so estimates err on the safe side).
 * @example textWidth('54,259.2亿元', 10) // 74
 */
export function textWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text)
    units += /[\u2E80-\uFFEF]/.test(ch) ? 1 : ch === ',' || ch === '.' || ch === ' ' ? 0.3 : 0.6;
  return units * size;
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
