// Every figure a story states with a unit is bound to the data (src/lib/stories/figures.ts, run by
// `npm run check` and the build): a reference to a data value, a count of rows, or a quotation
// marked as such. Here, on the real stories: each states its figures through the data, and a
// figure changed in the prose — the case, 16 projects written as 17 — now fails.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/data/contentError.ts';
import { splitFrontmatter } from '../../src/lib/data/frontmatter.ts';
import { readStoryFile } from '../../src/lib/data/storyFile.ts';
import { figureData } from '../../src/lib/stories/figureData.ts';
import { figureTokens } from '../../src/lib/stories/figureSyntax.ts';
import { getContent } from '../../src/server/content.ts';
import { listPublicFiles } from '../../src/server/publicFiles.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'content', 'stories');
const stories = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
const content = getContent(root);
const known = {
  sources: new Set(content.sources.map((s) => s.data.id)),
  charts: readdirSync(join(root, 'content', 'charts')).map((f) => f.replace(/\.ya?ml$/, '')),
  stories: stories.map((f) => f.replace(/\.md$/, '')),
  drafts: [],
  publicFiles: listPublicFiles(root),
  figures: figureData(content),
};

/** The figure problems of a story's text, as `npm run check` prints them. */
function figureProblems(name: string, text: string): string[] {
  return readStoryFile(`content/stories/${name}`, text, known, () => '')
    .problems.filter((p) => p.field === 'figure' || p.field === 'title')
    .map(formatProblem);
}

describe.each(stories)('the figures in %s', (file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const split = splitFrontmatter(text);
  // A draft (draft: true) is still being written: it need not state figures yet.
  const draft = /^draft:\s*true\s*$/m.test(split?.frontmatter ?? '');
  const tokens = (split?.body ?? '').split('\n').flatMap(figureTokens);

  it.skipIf(draft)('states more than five figures from the data, not only quotations', () => {
    expect(tokens.filter((t) => t.kind !== 'quotation').length).toBeGreaterThan(5);
  });

  it('binds every one of them', () => {
    expect(figureProblems(file, text)).toEqual([]);
  });
});

describe('a figure changed in the prose (key-projects-2020.md, 16 → 17)', () => {
  const file = 'key-projects-2020.md';
  const text = readFileSync(join(dir, file), 'utf8');
  const reference = '{{project-lists 湖南 区块链项目数}}';
  const at = text.indexOf(reference, text.indexOf('\n---', 4));
  const line = text.slice(0, at).split('\n').length;
  const changed = (to: string) => text.slice(0, at) + to + text.slice(at + reference.length);

  it('renders 16个 from the data', () => {
    const result = readStoryFile(`content/stories/${file}`, text, known, () => '');
    expect(result.story?.title).toMatch(/湖南一省列入16个$/);
    expect(result.markdown).toMatch(/#row-project-lists-hunan-2020-big-data-blockchain-key-projects"[^>]*>16个</);
  });

  it('written as the literal 17个, fails naming the file, line and value', () => {
    expect(figureProblems(file, changed('17个'))).toEqual([
      `content/stories/${file}:${line}, field "figure": expected a figure written as a reference to the data, {{dataset words… column}}, or as a quotation, {{引 …}}; found "17个" as plain text. Fix: write the data value as {{dataset words… column}}, or {{引 17个}} if a document says it and the data does not have it.`,
    ]);
  });

  it('written as the literal 16个, fails too and suggests the reference', () => {
    expect(figureProblems(file, changed('16个'))).toEqual([
      expect.stringContaining(`found "16个" as plain text. Fix: write ${reference} if that is the value meant`),
    ]);
  });

  it('a reference to a value the data does not have fails', () => {
    const [problem] = figureProblems(file, changed('{{project-lists 湖北 区块链项目数}}'));
    expect(problem).toBe(
      `content/stories/${file}:${line}, field "figure": expected words that name one row of project-lists (by 编号; or 类型, 省份, 城市, 日期); found "湖北", which no row of project-lists has, in {{project-lists 湖北 区块链项目数}}. Fix: did you mean "湖南"?`,
    );
  });
});
