/**
 * Figures written as plain text in a story: digits with a unit of money or count, or a 万/亿
 * multiplier — "39,752.12亿元", "13项", "7.6%", "20余个", "3万". Each must be a reference to a
 * data value or a quotation (figureSyntax.ts). Years, batches and dates (2019年, 第3批, 3月27日)
 * are not figures.
 */

export interface LiteralFigure {
  /** As written, e.g. "1,195亿元". */
  text: string;
  /** Where it starts in the line. */
  index: number;
  /** Its value in the base unit (元, 项, 个, 家 or %): "1,195亿元" is 119,500,000,000 元. */
  value: number;
  /** 元, 项, 个, 家, % — or "" for a bare "3万". */
  unit: string;
  /** "20余个", "50多个": an approximate figure, which no data value can be. */
  approximate: boolean;
}

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };

const FIGURE =
  /(?<![\d.,A-Za-z])((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(余|多)?(万亿|亿|万)?(元|项|个|家|%|％)?/g;

/** A unit as a multiplier and a base unit: "亿元" → 1e8 and 元; "项" → 1 and 项; "" for none. */
export function splitUnit(unit: string): { factor: number; base: string } | undefined {
  const match = /^(万亿|亿|万)?(元|项|个|家|%|％)$/.exec(unit.trim());
  if (!match) return undefined;
  return {
    factor: match[1] ? (MULTIPLIERS[match[1]] ?? 1) : 1,
    base: match[2] === '％' ? '%' : (match[2] ?? ''),
  };
}

/** The line with link addresses and web addresses blanked out (same length). */
function withoutAddresses(text: string): string {
  const blank = (match: string) => ' '.repeat(match.length);
  return text.replace(/\]\([^)]*\)/g, blank).replace(/https?:\/\/\S+/g, blank);
}

/** Every figure with a unit or multiplier in `text` (already without code, comments and tokens). */
export function literalFigures(text: string): LiteralFigure[] {
  return [...withoutAddresses(text).matchAll(FIGURE)].flatMap((match) => {
    const [written, digits = '', about, multiplier, unit] = match;
    if (!multiplier && !unit) return [];
    const factor = multiplier ? (MULTIPLIERS[multiplier] ?? 1) : 1;
    return [
      {
        text: written,
        index: match.index,
        value: Number(digits.replace(/,/g, '')) * factor,
        unit: unit === '％' ? '%' : (unit ?? ''),
        approximate: about !== undefined,
      },
    ];
  });
}

/** Whether two values in the same base unit are the same figure (decimals as published). */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
