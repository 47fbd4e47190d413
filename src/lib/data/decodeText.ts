/**
 * Reads a content file's bytes as UTF-8 text, or says why it cannot: a CSV saved as GBK by Excel
 * on Chinese Windows, or as UTF-16 ("Unicode text"), would otherwise be read as garbled text and
 * published. A UTF-8 byte order mark (Excel's "CSV UTF-8") is fine and is dropped.
 */
import type { ContentProblem } from './contentError.ts';

/** A file's text, or the problem that kept it from being read as UTF-8. */
export type DecodedText =
  { text: string; problem?: undefined } | { text?: undefined; problem: ContentProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a file's bytes as UTF-8 (without its byte order mark); anything else is a problem
 * naming the encoding the bytes look like, the first line that is not UTF-8 and how to re-save.
 * @example decodeText('a.csv', new Uint8Array([0x61])) // { text: 'a' }
 */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  const utf16 = utf16Kind(bytes);
  if (utf16) return { problem: utf16Problem(file, utf16) };
  const text = readAs(utf8, bytes);
  if (text !== undefined) return { text };
  const bad = firstInvalidByte(bytes) ?? 0;
  const line = lineAt(bytes, bad);
  // GB18030 is the superset of GBK that Windows means by "ANSI" on a Chinese system.
  const gbk =
    readAs('gb18030', bytes) === undefined ? undefined : readAs('gb18030', lineBytes(bytes, bad));
  return {
    problem: {
      file,
      line,
      expected: 'a file saved as UTF-8',
      found: gbk
        ? `a file saved as GBK (line ${line} reads “${shorten(gbk)}” in GBK)`
        : `bytes that are not UTF-8 on line ${line}`,
      hint: resaveHint(file, gbk ? 'GBK' : undefined),
    },
  };
}

/** How to re-save as UTF-8, in the words of Excel and VS Code as Chinese Windows shows them. */
function resaveHint(file: string, from: string | undefined): string {
  const vscode = from
    ? `in VS Code: 通过编码重新打开 → ${from}, then 通过编码保存 → UTF-8`
    : 'in VS Code: 通过编码保存 → UTF-8';
  return file.endsWith('.csv')
    ? `save it again as UTF-8: in Excel: 另存为 → CSV UTF-8（逗号分隔）; ${vscode}`
    : `save it again as UTF-8: ${vscode}`;
}

function utf16Problem(file: string, kind: 'UTF-16 LE' | 'UTF-16 BE'): ContentProblem {
  return {
    file,
    line: 1,
    expected: 'a file saved as UTF-8',
    found: `a file saved as ${kind} (Excel's "Unicode text")`,
    hint: resaveHint(file, kind),
  };
}

/** UTF-16 by its byte order mark, or by the zero bytes it puts beside every ASCII letter. */
function utf16Kind(bytes: Uint8Array): 'UTF-16 LE' | 'UTF-16 BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE';
  const zero = bytes.subarray(0, 4096).indexOf(0);
  if (zero < 0) return undefined;
  return zero % 2 === 1 ? 'UTF-16 LE' : 'UTF-16 BE';
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return undefined;
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0 (RFC 3629, table 3-7 of Unicode). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const cont = (j: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + j];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const [lo, hi] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [lo, hi] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The bytes of the line holding `offset`, without its line break. */
function lineBytes(bytes: Uint8Array, offset: number): Uint8Array {
  const start = bytes.lastIndexOf(0x0a, offset) + 1;
  const newline = bytes.indexOf(0x0a, offset);
  const end = newline < 0 ? bytes.length : newline;
  return bytes.subarray(start, bytes[end - 1] === 0x0d ? end - 1 : end);
}

/** The bytes read in another encoding, when they are valid in it. */
function readAs(encoding: string | TextDecoder, bytes: Uint8Array): string | undefined {
  try {
    const decoder =
      typeof encoding === 'string' ? new TextDecoder(encoding, { fatal: true }) : encoding;
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The part of a line around its first non-ASCII character, where the encoding shows. */
function shorten(text: string): string {
  const trimmed = text.trim();
  const first = [...trimmed].findIndex((ch) => ch.charCodeAt(0) > 0x7f);
  const start = Math.max(0, first - 20);
  const end = start + 40;
  return `${start > 0 ? '…' : ''}${trimmed.slice(start, end)}${trimmed.length > end ? '…' : ''}`;
}
