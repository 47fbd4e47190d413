import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidByte } from '../../../src/lib/data/decodeText.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** GBK bytes, made by iconv as Excel on Chinese Windows would save them. */
const gbk = (text: string) =>
  new Uint8Array(execFileSync('iconv', ['-f', 'utf-8', '-t', 'gbk'], { input: text }));

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeText('a.csv', utf8('省份,湖南\n'))).toEqual({ text: '省份,湖南\n' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a,b\n')]);
    expect(decodeText('a.csv', bom)).toEqual({ text: 'a,b\n' });
  });

  it('names GBK, the first line that is not UTF-8, and what that line says in GBK', () => {
    const { problem } = decodeText('content/data/x.csv', gbk('code,name\n430000,湖南\n'));
    expect(problem).toMatchObject({
      file: 'content/data/x.csv',
      line: 2,
      found: 'a file saved as GBK (line 2 reads “430000,湖南” in GBK)',
    });
    expect(problem?.hint).toContain('另存为 → CSV UTF-8（逗号分隔）');
  });

  it('gives only the VS Code way to save again for files Excel does not write', () => {
    const { problem } = decodeText('content/stories/a.md', gbk('# 标题\n'));
    expect(problem?.hint).toBe(
      'save it again as UTF-8: in VS Code: 通过编码重新打开 → GBK, then 通过编码保存 → UTF-8',
    );
  });

  it('names UTF-16 by its byte order mark or by its zero bytes', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61]);
    const bare = new Uint8Array([0x61, 0x00, 0x2c, 0x00]); // valid UTF-8, but "a\0,\0"
    expect(decodeText('a.csv', le).problem?.found).toMatch(/UTF-16 LE/);
    expect(decodeText('a.csv', be).problem?.found).toMatch(/UTF-16 BE/);
    expect(decodeText('a.csv', bare).problem?.found).toMatch(/UTF-16 LE/);
  });

  it('says bytes are not UTF-8 when they are not GBK either', () => {
    const bytes = new Uint8Array([...utf8('ok\n'), 0xff, 0xff]);
    expect(decodeText('a.yaml', bytes).problem).toMatchObject({
      line: 2,
      found: 'bytes that are not UTF-8 on line 2',
    });
  });
});

describe('firstInvalidByte', () => {
  it('finds truncated, overlong and surrogate sequences', () => {
    expect(firstInvalidByte(utf8('a湖😀'))).toBeUndefined();
    expect(firstInvalidByte(new Uint8Array([0x61, 0xe6, 0xb9]))).toBe(1); // cut short
    expect(firstInvalidByte(new Uint8Array([0xc0, 0xaf]))).toBe(0); // overlong "/"
    expect(firstInvalidByte(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
  });
});
