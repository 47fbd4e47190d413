import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/data/contentError.ts';
import { yamlSyntaxProblems } from '../../../src/lib/data/yamlSyntax.ts';

const entries = (n: number) =>
  Array.from({ length: n }, (_, i) => `- id: e${i}\n  level: city\n  province: 430000\n`).join('');
const edit = (text: string, line: number, change: (l: string) => string) =>
  text
    .split('\n')
    .map((l, i) => (i === line - 1 ? change(l) : l))
    .join('\n');
const told = (text: string, shape: 'list' | 'mapping' = 'list') =>
  yamlSyntaxProblems('x.yaml', text, shape).map(formatProblem);

describe('yamlSyntaxProblems', () => {
  it('tells a run of tabs once, at the first, naming the lines of the others', () => {
    let text = entries(3);
    for (const line of [2, 3, 5]) text = edit(text, line, (l) => l.replace(/^ {2}/, '\t'));
    expect(told(text)).toEqual([
      'x.yaml:2: expected indentation made of spaces (YAML indents with spaces only); found a tab character at line 2, column 1 (and on 2 more lines: 3, 5). Fix: replace the tab with spaces.',
    ]);
  });

  it('still finds another mistake after the tabs', () => {
    let text = edit(entries(3), 2, (l) => l.replace(/^ {2}/, '\t'));
    text = edit(text, 9, (l) => l.replace(/^ {2}/, ''));
    expect(told(text).map((m) => m.slice(0, 9))).toEqual(['x.yaml:2:', 'x.yaml:9,']);
  });

  it('takes a key at the start of a line for a field of a mapping file', () => {
    const text = 'kind: bar\ntitle: x\n   subtitle: y\n';
    expect(told(text, 'mapping')).toEqual([
      'x.yaml:3, field "subtitle": expected "subtitle" indented like the field above it (no space); found 3 spaces. Fix: remove the spaces before it, like the lines above.',
    ]);
  });

  it('counts what is left after three mistakes instead of telling each', () => {
    let text = entries(10);
    for (const line of [3, 6, 9, 12, 15]) text = edit(text, line, (l) => ` ${l}`);
    const messages = told(text);
    expect(messages).toHaveLength(4);
    expect(messages[3]).toBe(
      'x.yaml:12: expected valid YAML; found 2 more lines with syntax errors after line 9. Fix: fix the problems above first and check again: the rest often follow from them.',
    );
  });

  it('falls back to the parser words, once, for a mistake it cannot explain', () => {
    const messages = told('- id: a\n  name: b\n  other: @x\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^x.yaml:3: expected valid YAML; found a syntax error \(/);
  });
});
