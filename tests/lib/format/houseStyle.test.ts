// The house style checker on fixtures (tests/fixtures/style): each breach is found with its
// line, field and fix, reader text only; the fixes give text the checker then accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixStyle, styleBreaches } from '../../../src/lib/format/houseStyle.ts';
import { fileBreaches, fixFile } from '../../../src/lib/format/houseStyleFiles.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'style');
const fixture = (name: string) => ({
  file: name,
  text: readFileSync(join(dir, name), 'utf8'),
});

describe('the house style rules', () => {
  it('turns half-width punctuation in Chinese text full-width, brackets and quotes in pairs', () => {
    expect(fixStyle('湖南,湖北;河南:安徽')).toBe('湖南，湖北；河南：安徽');
    expect(fixStyle('湖南省区块链产业园(娄底万宝)')).toBe('湖南省区块链产业园（娄底万宝）');
    expect(fixStyle('他说"第一个"不对')).toBe('他说“第一个”不对');
  });

  it('drops spaces between Chinese and digits or Latin letters', () => {
    expect(fixStyle('2019 年,湖南有 13 项')).toBe('2019年，湖南有13项');
    expect(fixStyle('GitHub 仓库')).toBe('GitHub仓库');
  });

  it('groups thousands, writes dates and ranges the house way', () => {
    expect(fixStyle('为54259.20亿元')).toBe('为54,259.20亿元');
    expect(fixStyle('2020-04-27印发')).toBe('2020年4月27日印发');
    expect(fixStyle('计划(2020-2022年)')).toBe('计划（2020—2022年）');
  });

  it('leaves years, codes, standards, addresses and numbers between digits alone', () => {
    for (const text of [
      '2019年，湖南有13项',
      '代码GB/T 2260，湘网信备43012119362664710038号',
      '见 https://example.org/a,b:c',
      '三次产业结构9.2:37.6:53.2',
      '湖南430000',
    ])
      expect(styleBreaches(text), text).toEqual([]);
  });
});

describe('the house style in content files', () => {
  it('names line, field and fix in a story, and leaves YAML syntax and chart lines alone', () => {
    const { file, text } = fixture('breaches.md');
    const found = fileBreaches(file, text).map(
      (b) => `${b.line} ${b.field ?? ''} ${b.found}→${b.fix}`,
    );
    expect(found).toEqual([
      '2 title ,→，',
      '3 dek  →',
      '3 dek ,→，',
      '3 dek  →',
      '3 dek  →',
      '7  54259→54,259',
      '7  (→（',
      '7  )→）',
      '9  "→“',
      '9  "→”',
      '9  ;→；',
      '13  2020-2022年→2020—2022年',
      '13  ,→，',
      '13  2020-04-27→2020年4月27日',
    ]);
    const fixed = fixFile(file, text);
    expect(fileBreaches(file, fixed)).toEqual([]);
    expect(fixed).toContain('tags: [湖南, 区块链]');
    expect(fixed).toContain('[数据页](/data/)');
  });

  it('finds nothing in clean text, keys, filters, addresses or internal notes', () => {
    const { file, text } = fixture('clean.yaml');
    expect(fileBreaches(file, text)).toEqual([]);
  });

  it('checks CSV cells by column, skipping internal ones', () => {
    const { file, text } = fixture('cells.csv');
    expect(fileBreaches(file, text).map((b) => [b.line, b.field, b.fix])).toEqual([
      [2, 'note', '36,425'],
    ]);
    expect(fixFile(file, text)).toContain('公报写作36,425.8亿元');
  });
});
