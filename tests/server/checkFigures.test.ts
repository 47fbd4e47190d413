// `npm run check` (and the build, through the story loader) stops on a figure typed as plain text
// in a story: the case, key-projects-2020.md saying 17 where the data says 16.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/data/contentError.ts';
import { checkContent } from '../../src/server/checkContent.ts';

const root = mkdtempSync(join(tmpdir(), 'check-figures-'));
cpSync(join(import.meta.dirname, '..', '..', 'content'), join(root, 'content'), {
  recursive: true,
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('names the file, line and value of a changed figure, and only that', () => {
  const file = 'content/stories/key-projects-2020.md';
  const text = readFileSync(join(root, file), 'utf8');
  const reference = '占{{project-lists 湖南 区块链项目数}}';
  const at = text.indexOf(reference);
  expect(at).toBeGreaterThan(0);
  writeFileSync(join(root, file), text.replace(reference, '占17个'));
  const line = text.slice(0, at).split('\n').length;
  expect(checkContent(root).problems.map(formatProblem)).toEqual([
    `${file}:${line}, field "figure": expected a figure written as a reference to the data, {{dataset words… column}}, or as a quotation, {{引 …}}; found "17个" as plain text. Fix: write the data value as {{dataset words… column}}, or {{引 17个}} if a document says it and the data does not have it.`,
  ]);
});
