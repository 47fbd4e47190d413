// Figures in a story's prose are bound to the data (content/README.md, "数字的写法"): the
// fixtures in tests/fixtures/stories/figure*.md, read against the small base content set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentSet } from '../../../src/lib/data/contentSet.ts';
import { formatProblem } from '../../../src/lib/data/contentError.ts';
import { readStoryFile } from '../../../src/lib/data/storyFile.ts';
import { figureData } from '../../../src/lib/stories/figureData.ts';
import { fixtureFiles } from '../../support/fixtureContent.ts';
import { known } from './known.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'stories');
const figures = figureData(loadContentSet(fixtureFiles()));
const render = (id: string) => `<figure data-chart="${id}"></figure>`;

function read(name: string, text = readFileSync(join(dir, name), 'utf8')) {
  return readStoryFile(`content/stories/${name}`, text, { ...known, figures }, render);
}
const messagesOf = (name: string) => read(name).problems.map(formatProblem);

const EXPECTED =
  'expected a figure written as a reference to the data, {{dataset words… column}}, or as a quotation, {{引 …}}';
const ROW = (n: string) => `/data/#row-${n}`;

describe('a story whose figures are references and quotations', () => {
  const result = read('figures-bound.md');

  it('has no problem', () => {
    expect(result.problems).toEqual([]);
  });

  it('shows each value as the data tables do, with its unit, linked to its row and naming its source', () => {
    expect(result.markdown).toContain(
      `湖南地区生产总值为<a class="figure" href="${ROW('gdp-430000-2019-first-published')}" title="来源：01区块链">39,752.12亿元<span class="visually-hidden" data-pagefind-ignore>（来源：01区块链）</span></a>`,
    );
    // A percentage keeps its decimal, as in the table: 7.6%, and an unknown value reads 无数据.
    expect(result.markdown).toMatch(/>7\.6%<span/);
    expect(result.markdown).toMatch(/湖北的增速<a [^>]*>无数据</);
    // A date of an event in the house date format.
    expect(result.markdown).toMatch(/>2020年3月17日<span/);
  });

  it('writes a quotation as the document wrote it', () => {
    expect(result.markdown).toContain('媒体说“20余个项目”');
  });

  it('leaves inline code, comments and code blocks alone', () => {
    expect(result.markdown).toContain('`13项`');
    expect(result.markdown).toContain('代码块里的13项也不算。');
  });

  it('writes the title and dek as plain text, without links', () => {
    expect(result.story?.title).toBe('湖南的备案：13项');
    expect(result.story?.dek).toBe('前三批备案中湖南有13项，其中长沙12项。');
  });

  it('counts the prose as readers read it', () => {
    expect(result.body).toContain('湖南地区生产总值为39,752.12亿元，增长7.6%');
  });
});

describe('a figure written as plain text', () => {
  it('is a problem naming file, line and value, with the reference when one value matches', () => {
    expect(messagesOf('figure-literal.md')).toEqual([
      `content/stories/figure-literal.md:9, field "figure": ${EXPECTED}; found "13项" as plain text. Fix: write {{filings-provinces 湖南 1-3 备案数}} if that is the value meant, or {{引 13项}} if a document says it.`,
      `content/stories/figure-literal.md:9, field "figure": ${EXPECTED}; found "12项" as plain text. Fix: write {{filings-cities 长沙 1-3 备案数}} if that is the value meant, or {{引 12项}} if a document says it.`,
      // The case: 16 changed to 17 matches no value.
      `content/stories/figure-literal.md:11, field "figure": ${EXPECTED}; found "17个" as plain text. Fix: write the data value as {{dataset words… column}}, or {{引 17个}} if a document says it and the data does not have it.`,
      `content/stories/figure-literal.md:11, field "figure": ${EXPECTED}; found "20余个" as plain text. Fix: an approximate figure is a quotation: write {{引 20余个}}.`,
    ]);
  });

  it('in the title or dek is a problem on its line', () => {
    expect(messagesOf('figure-dek.md')).toEqual([
      `content/stories/figure-dek.md:2, field "title": ${EXPECTED}; found "16个" as plain text. Fix: write {{project-lists 湖南 区块链项目数}} if that is the value meant, or {{引 16个}} if a document says it.`,
      `content/stories/figure-dek.md:3, field "dek": ${EXPECTED}; found "13项" as plain text. Fix: write {{filings-provinces 湖南 1-3 备案数}} if that is the value meant, or {{引 13项}} if a document says it.`,
    ]);
  });
});

describe('a reference that names no single value', () => {
  it.each([
    [
      'figure-unknown-row.md',
      'expected words that name one row of gdp (by 省份, 年份, 口径; or 发布日期); found "2018", which no row of gdp has, in {{gdp 湖南 2018 地区生产总值}}. Fix: did you mean "2019"?',
    ],
    [
      'figure-several-rows.md',
      'expected words that name one row of filings-cities (by 城市, 批次; or 省份); found 2 rows that answer to {{filings-cities 湖南 备案数}}. Fix: add the words that pick one: {{filings-cities 长沙 1-3 备案数}}, {{filings-cities 娄底 1-3 备案数}}.',
    ],
    [
      'figure-unknown-column.md',
      'expected the column last: one of the numbers or dates of gdp: 地区生产总值 (gdp_yi), 实际增速 (growth_pct), 发布日期 (published); found "GDP" in {{gdp 湖南 2019 GDP}}. Fix: did you mean "gdp_yi"?',
    ],
    [
      'figure-full-width.md',
      'expected a reference written {{dataset words… column}} with two half-width braces on each side; found "｛｛filings-provinces 湖南 备案数｝｝". Fix: write {{filings-provinces 湖南 备案数}} (switch the input method to half-width for the braces).',
    ],
  ])('%s says which and how to fix it', (name, message) => {
    expect(messagesOf(name)).toEqual([`content/stories/${name}:9, field "figure": ${message}`]);
  });

  it('an unknown dataset: lists the datasets and guesses the one meant', () => {
    const [message] = messagesOf('figure-unknown-dataset.md');
    expect(message).toMatch(
      /^content\/stories\/figure-unknown-dataset\.md:9, field "figure": expected a reference written \{\{dataset words… column\}\}, starting with a dataset in content\/data\/ \(.*\bgdp\b.*\); found \{\{gpd 湖南 2019 地区生产总值\}\}\. Fix: did you mean "gdp"\?$/,
    );
  });
});
