/**
 * The house style for Chinese text (content/README.md, "体例"), as rules a checker can apply:
 * full-width punctuation in Chinese text, no space between Chinese and digits or Latin letters,
 * thousands separators, dates written 2019年3月5日, ranges with "—". `npm run check` warns
 * with each breach's file, line and fix; `npm run check -- --fix` applies the fixes.
 */

export interface StyleBreach {
  /** 1-based column in the line. */
  column: number;
  rule: string;
  found: string;
  fix: string;
}

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff60\\u2014\\u2026\\u201c\\u201d';
const isHan = (c: string | undefined) => c !== undefined && new RegExp(`[${HAN}]`).test(c);
const isCjk = (c: string | undefined) =>
  c !== undefined && new RegExp(`[${HAN}${CJK_PUNCT}]`).test(c);
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

type Edit = { at: number; length: number; fix: string; rule: string };

function punctuation(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/[,;:!?]/g)) {
    const i = m.index;
    if (text.startsWith('//', i + 1)) continue;
    if (isCjk(text[i - 1]) || isCjk(text[i + 1]))
      edits.push({ at: i, length: 1, fix: FULL[m[0]] ?? m[0], rule: '中文里用全角标点' });
  }
  // Brackets, as pairs: a Markdown link's "(address)" is not text.
  for (const m of text.matchAll(/(?<!\])\(([^()]*)\)/g)) {
    const i = m.index;
    const end = i + m[0].length - 1;
    const touches = [text[i - 1], m[1]?.[0], m[1]?.at(-1), text[end + 1]].some(isCjk);
    if (!touches) continue;
    edits.push({ at: i, length: 1, fix: '（', rule: '中文里用全角括号' });
    edits.push({ at: end, length: 1, fix: '）', rule: '中文里用全角括号' });
  }
  for (const m of text.matchAll(/"([^"]*)"/g))
    if (new RegExp(`[${HAN}]`).test(m[1] ?? '')) {
      edits.push({ at: m.index, length: 1, fix: '“', rule: '中文里用全角引号' });
      edits.push({ at: m.index + m[0].length - 1, length: 1, fix: '”', rule: '中文里用全角引号' });
    }
  return edits;
}

function spacing(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/[ \u00a0]+/g)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    const alnum = (c: string | undefined) => c !== undefined && /[0-9A-Za-z%]/.test(c);
    if ((isHan(before) && alnum(after)) || (alnum(before) && isHan(after)))
      edits.push({
        at: m.index,
        length: m[0].length,
        fix: '',
        rule: '中文与数字、字母之间不加空格',
      });
  }
  return edits;
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function numbers(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/(?<![\d.,\-/:#A-Za-z_])(\d{4,})(?=[.\d]*)(?![\d\-/:A-Za-z_])/g)) {
    const digits = m[1] ?? '';
    const next = text.slice(m.index + digits.length);
    // Years, year ranges and six-digit place codes are not quantities.
    if (/^(?:\.\d+)?年/.test(next) && digits.length === 4) continue;
    if (digits.length === 4 && /^(?:1[89]|20)\d\d$/.test(digits) && !/^\.\d/.test(next)) continue;
    if (/^\d{2}0000$/.test(digits)) continue;
    // Codes and standard numbers (湘网信备43011119…号, GB/T 2260) are not quantities either.
    if (digits.length > 8 || /[A-Za-z]\s?$/.test(text.slice(0, m.index))) continue;
    edits.push({ at: m.index, length: digits.length, fix: group(digits), rule: '千位加逗号' });
  }
  return edits;
}

function dates(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/(?<![\d-])((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?(?![\d-])/g)) {
    const [, year, month, day] = m;
    if (Number(month) < 1 || Number(month) > 12) continue;
    const fix = `${year}年${Number(month)}月${day ? `${Number(day)}日` : ''}`;
    edits.push({ at: m.index, length: m[0].length, fix, rule: '日期写作2019年3月5日' });
  }
  for (const m of text.matchAll(/((?:19|20)\d\d年?)[ ]*[-–~～][ ]*((?:19|20)\d\d年?)/g))
    edits.push({
      at: m.index,
      length: m[0].length,
      fix: `${m[1]}—${m[2]}`,
      rule: '起止用“—”',
    });
  return edits;
}

/** Parts of a line that are not text: addresses, code, a Markdown link's target. */
function protectedRanges(text: string): [number, number][] {
  return [...text.matchAll(/https?:\/\/[^\s)）]+|`[^`]*`|\]\([^)]*\)|\{[^}]*\}/g)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
}

/** The breaches in one piece of Chinese text (a line, a value or a cell). */
export function styleBreaches(text: string): StyleBreach[] {
  if (!new RegExp(`[${HAN}]`).test(text)) return [];
  const skip = protectedRanges(text);
  const edits = [...punctuation(text), ...spacing(text), ...numbers(text), ...dates(text)]
    // An edit inside or touching an address or code (the space before a link stays).
    .filter((e) => !skip.some(([from, to]) => e.at <= to && e.at + e.length >= from))
    .sort((a, b) => a.at - b.at);
  // Overlapping edits: keep the first.
  const kept: Edit[] = [];
  for (const e of edits) {
    const last = kept.at(-1);
    if (!last || e.at >= last.at + last.length) kept.push(e);
  }
  return kept.map((e) => ({
    column: e.at + 1,
    rule: e.rule,
    found: text.slice(e.at, e.at + e.length),
    fix: e.fix,
  }));
}

/** The text with every breach fixed. */
export function fixStyle(text: string): string {
  let out = text;
  for (const b of styleBreaches(text).reverse()) {
    const at = b.column - 1;
    out = out.slice(0, at) + b.fix + out.slice(at + b.found.length);
  }
  return out;
}
