// Every SVG file the site publishes (chart exports, icons) must open in any viewer: a
// well-formed XML document, checked with a real XML parser (fast-xml-parser's validator), plus
// what that validator lets through: entities XML does not define, "<" inside an attribute, and
// namespace prefixes never declared.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST } from '../support/dist.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** The problems of one XML document; empty when it is well-formed. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const result = XMLValidator.validate(xml);
  if (result !== true)
    problems.push(`${result.err.msg} (line ${result.err.line}, column ${result.err.col})`);
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[^\s;]{0,12};?/.exec(xml);
  if (entity) problems.push(`undefined entity or bare "&": ${entity[0]}`);
  const lt = /=\s*"[^"]*<[^"]*"/.exec(xml);
  if (lt) problems.push(`"<" inside an attribute: ${lt[0].slice(0, 60)}`);
  const declared = new Set([...xml.matchAll(/xmlns:([\w-]+)=/g)].map((m) => m[1]));
  for (const [, prefix] of xml.matchAll(/[<\s]([\w-]+):[\w-]+[\s=>/]/g))
    if (prefix && !['xml', 'xmlns'].includes(prefix) && !declared.has(prefix))
      problems.push(`undeclared namespace prefix "${prefix}:"`);
  return problems;
}

describe('published SVG files', () => {
  beforeAll(assertBuilt);
  const files = () => walk(DIST).filter((file) => file.endsWith('.svg'));

  it('catches what a viewer refuses (the check can fail)', () => {
    const stack = "system-ui, 'PingFang SC'";
    expect(xmlProblems(`<svg xmlns="http://www.w3.org/2000/svg" font-family="${stack}"/>`)).toEqual(
      [],
    );
    expect(xmlProblems(`<svg font-family="a "PingFang SC" b"/>`)).not.toEqual([]);
    expect(xmlProblems('<svg><text>a & b</text></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><text>&nbsp;</text></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><g></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg a="1" a="2"/>')).not.toEqual([]);
    expect(xmlProblems('<svg><use xlink:href="#a"/></svg>')).not.toEqual([]);
  });

  it('are there: one export per chart at least', () => {
    expect(files().filter((f) => relative(DIST, f).startsWith('charts/')).length).toBeGreaterThan(
      5,
    );
  });

  it('are every one well-formed XML', () => {
    const bad = files()
      .map((file) => ({
        file: relative(DIST, file),
        problems: xmlProblems(readFileSync(file, 'utf8')),
      }))
      .filter((f) => f.problems.length > 0);
    expect(bad).toEqual([]);
  });
});
