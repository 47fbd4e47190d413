/**
 * Characters of prose in a Markdown body: Han characters plus words of Latin script, without
 * markup, figures or HTML.
 */
export function proseLength(markdown: string): { han: number; words: number } {
  const text = markdown
    .replace(/<figure[\s\S]*?<\/figure>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^::chart\{.*\}$/gm, ' ')
    .replace(/[#>*_`|-]/g, ' ');
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words =
    text.replace(/\p{Script=Han}/gu, ' ').match(/[A-Za-z0-9]+(?:[.,][0-9]+)?/g)?.length ?? 0;
  return { han, words };
}

/**
 * Minutes to read, at about 400 Han characters or 200 words a minute; at least one.
 * @example readingMinutes('中'.repeat(1600)) // 4
 */
export function readingMinutes(markdown: string): number {
  const { han, words } = proseLength(markdown);
  return Math.max(1, Math.round(han / 400 + words / 200));
}
