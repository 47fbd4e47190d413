import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wrapText } from '../../../src/lib/format/wrapText.ts';

const units = (line: string) =>
  [...line].reduce((sum, ch) => sum + (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.55), 0);

describe('wrapText', () => {
  it('fills lines up to the width', () => {
    expect(wrapText('湖南的备案数居中部六省之首', 6)).toEqual([
      '湖南的备案数',
      '居中部六省之',
      '首',
    ]);
  });

  it('keeps a Latin word whole when it fits', () => {
    expect(wrapText('来源：pediainside.com等', 8)).toEqual(['来源：', 'pediainside.com', '等']);
  });

  it('never starts a line with a closing mark: the character before it moves down', () => {
    expect(wrapText('湖北安徽，河南', 4)).toEqual(['湖北安', '徽，河南']);
    expect(wrapText('江西、山西无数据。', 2)).toEqual(['江', '西、', '山西', '无数', '据。']);
  });

  it('never ends a line with an opening mark', () => {
    expect(wrapText('湖南（13项）', 3)).toEqual(['湖南', '（13', '项）']);
  });

  it('loses no character and breaks no rule in any sentence', () => {
    // Words as prose has them: a mark never stands next to another one.
    const word = fc.constantFrom(
      '湖南',
      '安徽',
      '13项',
      'GDP',
      '（湖北）',
      '“链”',
      '河南，',
      '江西。',
      '山西、',
    );
    const text = fc.array(word, { maxLength: 20 }).map((words) => words.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 3, max: 12 }), (t, width) => {
        const lines = wrapText(t, width);
        expect(lines.join('').replace(/\s/g, '')).toBe(t.replace(/\s/g, ''));
        for (const [i, line] of lines.entries()) {
          if (i > 0) expect(line).not.toMatch(/^[，。、）”]/u);
          if (i < lines.length - 1) expect(line).not.toMatch(/[（“]$/u);
          // A carried character may make a line one mark longer, never more.
          expect(units(line)).toBeLessThanOrEqual(width + 2);
        }
      }),
    );
  });
});
