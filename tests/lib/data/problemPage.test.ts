import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { formatProblem, type ContentProblem } from '../../../src/lib/data/contentError.ts';
import { groupByFile } from '../../../src/lib/data/contentError.ts';
import { problemPage, problemReport } from '../../../src/lib/data/problemPage.ts';

const problems: ContentProblem[] = [
  {
    file: 'content/data/gdp.csv',
    line: 7,
    item: { kind: 'row', index: 6 },
    field: 'gdp_yi',
    expected: 'a number',
    found: '"3.64万"',
    hint: 'write 36400',
  },
  {
    file: 'content/stories/why-hunan.md',
    line: 69,
    field: 'chart id',
    expected: 'the id of a chart in content/charts/',
    found: '"gdp-growth-lines"',
    hint: 'did you mean "gdp-growth-line"?',
  },
  { file: 'content/data/gdp.csv', line: 1, field: 'yearr', expected: 'only known columns' },
];

describe('groupByFile', () => {
  it('groups by file in the order first named, each file by line', () => {
    const groups = groupByFile(problems);
    expect(groups.map((g) => g.file)).toEqual([
      'content/data/gdp.csv',
      'content/stories/why-hunan.md',
    ]);
    expect(groups[0]?.problems.map((p) => p.line)).toEqual([1, 7]);
  });
});

describe('problemPage', () => {
  const $ = load(problemPage(problems));

  it('heads the page with the count, in Chinese', () => {
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('h1').text()).toBe('内容有3处问题');
    expect($('title').text()).toContain('内容有3处问题');
  });

  it('has one section per file and one entry per problem, with file:line', () => {
    expect(
      $('section h2 code')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['content/data/gdp.csv', 'content/stories/why-hunan.md']);
    expect($('section').first().find('h2').text()).toContain('（2处）');
    expect(
      $('li .where')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual([
      'content/data/gdp.csv:1',
      'content/data/gdp.csv:7',
      'content/stories/why-hunan.md:69',
    ]);
  });

  it('labels each fact in Chinese and keeps the problem text as written', () => {
    const facts = $('li')
      .eq(1)
      .find('dl div')
      .map((_, el) => [[$(el).find('dt').text(), $(el).find('dd').text()]])
      .get() as unknown as [string, string][];
    expect(facts).toEqual([
      ['行', '7'],
      ['条目', '第6行数据（不算表头）'],
      ['字段', 'gdp_yi'],
      ['应为', 'a number'],
      ['实际', '"3.64万"'],
      ['修改建议', 'write 36400'],
    ]);
    // A fact the problem does not have gets no label.
    expect($('li').eq(0).find('dt').text()).not.toContain('实际');
  });

  it('escapes everything taken from the files', () => {
    const html = problemPage([
      {
        file: 'content/stories/<x>.md',
        field: '"><script>alert(1)</script>',
        expected: 'text & more',
        found: "'<img src=x onerror=alert(1)>'",
      },
    ]);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    const page = load(html);
    expect(page('li dd').eq(0).text()).toBe('"><script>alert(1)</script>');
    expect(page('section h2 code').text()).toBe('content/stories/<x>.md');
    expect(page('script')).toHaveLength(0);
  });

  it('adds the reload script only when asked, and no stack trace', () => {
    const withScript = load(problemPage(problems, { script: '/@vite/client' }));
    expect(withScript('script[type=module]').attr('src')).toBe('/@vite/client');
    expect(problemPage(problems)).not.toMatch(/\bat \S+ \(|Error:|stack/i);
  });
});

describe('problemReport', () => {
  it('lists the problems under their files for the terminal, each as formatProblem writes it', () => {
    const [gdpLine7, story, gdpHeader] = problems as [
      ContentProblem,
      ContentProblem,
      ContentProblem,
    ];
    expect(problemReport(problems).split('\n')).toEqual([
      '内容有3处问题（2个文件）：',
      '',
      'content/data/gdp.csv',
      `  - ${formatProblem(gdpHeader)}`,
      `  - ${formatProblem(gdpLine7)}`,
      '',
      'content/stories/why-hunan.md',
      `  - ${formatProblem(story)}`,
    ]);
    expect(problemReport(problems)).toContain(
      'content/data/gdp.csv:7 (row 6), field "gdp_yi": expected a number; found "3.64万". Fix: write 36400',
    );
  });
});
