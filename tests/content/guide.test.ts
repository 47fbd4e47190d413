// The journalists' guide (content/README.md) keeps up with the checks: each failure-mode fixture's
// message (tests/fixtures/failureModes.test.ts) is quoted in it, and every link inside the guide
// leads to one of its headings.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const guide = readFileSync(join(root, 'content/README.md'), 'utf8');
const flat = (text: string) => numbersAsHash(text.replace(/\s+/g, ' '));

/** Numbers differ from fixture to example: both sides compare them as "#". */
const numbersAsHash = (text: string) => text.replace(/\d[\d,]*(?:\.\d+)?/g, '#');

/**
 * The key phrase of a fixture's `says` pattern: its longest piece of plain wording, numbers as
 * "#". The pattern is cut where it stops being plain text (`.*`, groups, escaped brackets,
 * anchors) and around what belongs to the fixture rather than to the message: quoted values
 * ("…" and “…”), file names and the `;` before `found`.
 */
export function keyPhrase(pattern: string): string {
  const longest = pattern
    .replace(/^\^|\$$/g, '')
    .split(/\.\*|\\[()]|[()|;]|"[^"]*"|“[^”]*”|\S+\.(?:csv|ya?ml|txt)\b/)
    .filter((piece) => !/(?<!\\)[[\]^$+*{}]/.test(piece))
    .map((piece) => piece.replace(/\\(.)/g, '$1').replace(/^[\s.,:]+|[\s.,:]+$/g, ''))
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  return numbersAsHash(longest);
}

interface FailureCase {
  fixture: string;
  says: RegExp;
}
const isCase = (value: unknown): value is FailureCase =>
  typeof value === 'object' && value !== null && 'fixture' in value && 'says' in value;

/** The failure-mode cases: modules in tests/fixtures/cases/, or the list in failureModes.test.ts. */
async function failureCases(): Promise<{ fixture: string; pattern: string }[]> {
  const dir = join(root, 'tests/fixtures/cases');
  if (existsSync(dir)) {
    const modules = await Promise.all(
      readdirSync(dir)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => import(join(dir, f)) as Promise<Record<string, unknown>>),
    );
    return modules
      .flatMap((m) => Object.values(m).flat())
      .filter(isCase)
      .map((c) => ({ fixture: c.fixture, pattern: c.says.source }));
  }
  const text = readFileSync(join(root, 'tests/fixtures/failureModes.test.ts'), 'utf8');
  return [...text.matchAll(/fixture: '([^']+)'[\s\S]*?says: \/((?:\\\/|[^/])+)\//g)].map(
    ([, fixture = '', pattern = '']) => ({ fixture, pattern }),
  );
}

const cases = (await failureCases()).map(({ fixture, pattern }) => ({
  fixture,
  phrase: keyPhrase(pattern),
}));

describe('the guide quotes each failure-mode message', () => {
  it('finds the failure modes', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases)('$fixture: "$phrase"', ({ phrase }) => {
    expect(phrase.length, 'a key phrase of at least 10 characters').toBeGreaterThanOrEqual(10);
    expect(flat(guide)).toContain(flat(phrase));
  });

  it('takes the longest plain piece of a pattern as its key phrase', () => {
    expect(keyPhrase('unknown field "levle".*did you mean "level"')).toBe('unknown field');
    expect(keyPhrase('count cannot be negative\\); found -1')).toBe('count cannot be negative');
    expect(keyPhrase('expected 6 cells.*found 4 cells')).toBe('expected # cells');
    expect(keyPhrase('found "36,425.78"\\. Fix: write numbers without separators: 36425\\.78\\.$')).toBe(
      'Fix: write numbers without separators: #',
    );
    expect(keyPhrase('expected a data file ghost.csv or ghost.yaml beside this declaration')).toBe(
      'beside this declaration',
    );
  });
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');

describe('the guide links to its own sections', () => {
  const outside = guide.replace(/```[\s\S]*?```/g, '');
  const headings = new Set(
    [...outside.matchAll(/^#{1,4} (.+)$/gm)].map(([, text]) => anchor(text ?? '')),
  );
  const links = [...outside.matchAll(/\]\(#([^)]+)\)/g)].map(([, target]) => target ?? '');

  it('has links to follow', () => {
    expect(links.length).toBeGreaterThan(10);
  });

  it.each([...new Set(links)])('#%s is a heading', (target) => {
    expect([...headings]).toContain(target);
  });
});
