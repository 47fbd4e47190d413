/**
 * An estimate of a text's width for laying out SVG labels: a Han character or full-width mark is
 * 1 em, "," "." and a space 0.3 em, any other character 0.6 em (digits and Latin letters).
 * @example textWidth('54,259.2 亿元', 10) // 77
 */
export function textWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text)
    units += /[\u2E80-\uFFEF]/.test(ch) ? 1 : ch === ',' || ch === '.' || ch === ' ' ? 0.3 : 0.6;
  return units * size;
}
