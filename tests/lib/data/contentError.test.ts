import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/data/contentError.ts';

const problem = { file: 'a.yaml', line: 3, field: 'kind', expected: 'one of: bar, line' };

describe('formatProblem', () => {
  it('ends each sentence with one stop', () => {
    expect(formatProblem({ ...problem, found: '"pie"', hint: 'write bar' })).toBe(
      'a.yaml:3, field "kind": expected one of: bar, line; found "pie". Fix: write bar.',
    );
  });

  it('lets a question keep its own mark', () => {
    expect(formatProblem({ ...problem, found: '"Bar"', hint: 'did you mean "bar"?' })).toBe(
      'a.yaml:3, field "kind": expected one of: bar, line; found "Bar". Fix: did you mean "bar"?',
    );
  });

  it('adds no second stop to parts that bring their own', () => {
    expect(
      formatProblem({ ...problem, expected: 'a kind.', found: 'nothing.', hint: 'add one.' }),
    ).toBe('a.yaml:3, field "kind": expected a kind; found nothing. Fix: add one.');
    expect(formatProblem({ file: 'a.md', expected: 'a title', found: 'what?' })).toBe(
      'a.md: expected a title; found what?',
    );
    expect(formatProblem({ file: 'a.md', expected: 'text', hint: 'write 计划。' })).toBe(
      'a.md: expected text. Fix: write 计划。',
    );
  });
});
