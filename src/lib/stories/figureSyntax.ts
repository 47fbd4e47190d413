/**
 * How a story writes a figure (content/README.md, "数字的写法"): a reference to a data value
 * between double braces, `{{gdp 湖南 2019 地区生产总值}}` — the dataset, words that pick its row,
 * and the column last — or a quotation of a figure as a document wrote it, `{{引 20余个}}`.
 * This module only finds them in a line; figureData.ts resolves them, literalFigures.ts finds
 * figures written without them.
 */

/** The first word of a quotation: a figure as a document wrote it, not a data value. */
export const QUOTE_WORD = '引';
/** The first word of a count of rows: `{{数 parks 湖南 省级 个}}` reads 2个. */
export const COUNT_WORD = '数';

export interface FigureToken {
  /** Where it starts and ends in the line (end exclusive). */
  start: number;
  end: number;
  /** As written, braces included. */
  raw: string;
  /** The words between the braces, split on half- or full-width spaces. */
  words: string[];
  kind: 'reference' | 'quotation' | 'count';
}

/** A reference or quotation; also matches what full-width braces would have meant. */
const TOKEN = /\{\{([^{}\n]*)\}\}/g;
/** Braces typed with a Chinese input method: ｛｛…｝｝, or one of each width. */
const NEAR_MISS = /[{｛][{｛]([^{}｛｝\n]*)[}｝][}｝]/g;

/** The line with inline code and HTML comments blanked out (same length), so nothing in them counts. */
export function maskCode(text: string): string {
  const blank = (match: string) => ' '.repeat(match.length);
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, blank).replace(/(`+)[\s\S]*?\1/g, blank);
}

/** Every `{{…}}` in a line outside inline code and comments. */
export function figureTokens(text: string): FigureToken[] {
  const masked = maskCode(text);
  return [...masked.matchAll(TOKEN)].map((match) => {
    const words = (match[1] ?? '').split(/[\s\u3000]+/).filter(Boolean);
    const kind =
      words[0] === QUOTE_WORD ? 'quotation' : words[0] === COUNT_WORD ? 'count' : 'reference';
    return {
      start: match.index,
      end: match.index + match[0].length,
      raw: match[0],
      words: kind === 'reference' ? words : words.slice(1),
      kind,
    };
  });
}

/** Braces that are not two half-width ones on each side, as written: `｛｛gdp 湖南｝｝`. */
export function nearMissTokens(text: string): string[] {
  return [...maskCode(text).matchAll(NEAR_MISS)]
    .map((match) => match[0])
    .filter((raw) => !/^\{\{[^{}]*\}\}$/.test(raw));
}

/** The line with each token replaced by `replace(token)`. */
export function replaceTokens(
  text: string,
  tokens: readonly FigureToken[],
  replace: (token: FigureToken) => string,
): string {
  let out = '';
  let at = 0;
  for (const token of tokens) {
    out += text.slice(at, token.start) + replace(token);
    at = token.end;
  }
  return out + text.slice(at);
}

/** The line with every token blanked out (same length), for finding literal figures around them. */
export function withoutTokens(text: string, tokens: readonly FigureToken[]): string {
  return replaceTokens(text, tokens, (token) => ' '.repeat(token.raw.length));
}
