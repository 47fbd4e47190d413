// The pieces of the story checks: what counts as a chart line, as code or a comment, as a
// picture or a link, and which dates exist.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/data/contentError.ts';
import { calendarMistake, daysInMonth } from '../../../src/lib/format/calendar.ts';
import { bodyLines } from '../../../src/lib/stories/bodyLines.ts';
import { readChartLine } from '../../../src/lib/stories/chartLine.ts';
import { imageProblems } from '../../../src/lib/stories/images.ts';
import { linkProblems } from '../../../src/lib/stories/links.ts';
import { targetsIn } from '../../../src/lib/stories/targets.ts';
import { known } from './known.ts';

const links = (text: string) => linkProblems(bodyLines(text), 's.md', known).map(formatProblem);
const images = (text: string) =>
  imageProblems(bodyLines(text), 's.md', known.publicFiles).map(formatProblem);

describe('readChartLine', () => {
  it('reads the one right form, with spaces inside the braces allowed', () => {
    expect(readChartLine('::chart{id="filings-map"}')).toEqual({
      kind: 'placement',
      id: 'filings-map',
    });
    expect(readChartLine('::chart{ id = "x" }  ')).toEqual({ kind: 'placement', id: 'x' });
  });

  it.each([
    ['：：chart｛id＝＂filings-map＂｝', 'filings-map', false],
    ['::CHART{id="x"}', 'x', false],
    ["::chart{id='x'}", 'x', false],
    ['::chart{id: "x"}', 'x', false],
    ['::chart{}', undefined, false],
    [':chart{id="x"}', 'x', false],
    ['见下图：::chart{id="x"}', 'x', true],
  ])('reads %s as a near miss with id %s', (text, id, textBefore) => {
    expect(readChartLine(text)).toEqual({ kind: 'near-miss', ...(id ? { id } : {}), textBefore });
  });

  it('leaves ordinary prose alone', () => {
    for (const text of [
      '比例为 3:1,见 :chart 一词和 a::b。',
      '时间：下午三点',
      'chart{x}',
      '图表（chart）',
    ])
      expect(readChartLine(text), text).toBeUndefined();
  });
});

describe('bodyLines', () => {
  it('marks fenced code (``` and ~~~, closed by the same fence) and comments', () => {
    const lines = bodyLines(
      [
        'a',
        '````md',
        '```',
        'in',
        '````',
        '~~~',
        'x',
        '~~~',
        '<!-- note',
        'hidden',
        '-->b',
        'c <!-- d --> e `f`',
      ].join('\n'),
      10,
    );
    expect(lines.map((l) => [l.line, l.kind])).toEqual([
      [10, 'text'],
      [11, 'code'],
      [12, 'code'],
      [13, 'code'],
      [14, 'code'],
      [15, 'code'],
      [16, 'code'],
      [17, 'code'],
      [18, 'comment'],
      [19, 'comment'],
      [20, 'text'],
      [21, 'text'],
    ]);
    expect(lines[9]?.scan).toBe('');
    expect(lines[10]?.scan).toBe('b');
    expect(lines[11]?.scan).toBe('c   e  ');
  });

  it('leaves pictures and chart lines in a comment unchecked', () => {
    expect(images('<!--\n![](/images/none.png)\n::chart{id="x"}\n-->')).toEqual([]);
  });
});

describe('targetsIn', () => {
  it('finds Markdown pictures, links with titles, definitions and HTML tags', () => {
    expect(
      targetsIn(
        '![门](/images/a.jpg "标题") 与[链接](<https://a.cn/b c>) 和 <img src=\'/x.png\'> <a href="/data/">',
      ),
    ).toEqual([
      { kind: 'image', url: '/images/a.jpg', alt: '门' },
      { kind: 'link', url: 'https://a.cn/b c' },
      { kind: 'image', url: '/x.png', alt: '' },
      { kind: 'link', url: '/data/' },
    ]);
    expect(targetsIn('[1]: www.example.com')).toEqual([{ kind: 'link', url: 'www.example.com' }]);
  });
});

describe('pictures', () => {
  it('accepts a picture in public/ with a description, in Markdown or HTML', () => {
    expect(
      images('![大门](/images/park-gate.jpg) <img src="/images/park-gate.jpg" alt="大门">'),
    ).toEqual([]);
  });

  it('asks an HTML picture for its alt text', () => {
    expect(images('<img src="/images/park-gate.jpg">')).toEqual([
      expect.stringMatching(/^s.md:1, field "image description": expected a short description/),
    ]);
  });
});

describe('links', () => {
  it('lets through other sites, anchors, mail and the pages of this site', () => {
    expect(
      links(
        [
          '[a](https://www.example.com) [b](http://x.cn) [c](#第一节) [d](mailto:a@b.cn)',
          '[e](/) [f](/data/) [g](/stories/why-hunan/) [h](/charts/filings-map/) [i](/charts/gdp-vs-activity.svg)',
          '[j](/favicon.svg) [k](/methodology/#口径) [l](/charts/filings-map/filings/)',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('names a story or chart that does not exist, with the closest one', () => {
    expect(links('[a](/stories/why-hunnan/) [b](/charts/nothing-like-it/)')).toEqual([
      's.md:1, field "link": expected the address of a story of this site; found "/stories/why-hunnan/": there is no story "why-hunnan". Fix: did you mean /stories/why-hunan/?',
      's.md:1, field "link": expected the address of a chart of this site; found "/charts/nothing-like-it/": there is no chart "nothing-like-it".',
    ]);
  });

  it('turns ../ into the address from the root', () => {
    expect(links('[a](../charts/filings-map/)')[0]).toMatch(
      /Fix: write \/charts\/filings-map\/\.$/,
    );
  });
});

describe('calendar dates', () => {
  it('knows leap years and the length of each month', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2000, 2)]).toEqual([
      29, 28, 29,
    ]);
    expect(calendarMistake('2024-02-29')).toBeUndefined();
    expect(calendarMistake('2026-04-31')).toBe(
      'a day that exists in the calendar: April 2026 has 30 days',
    );
    expect(calendarMistake('2026-04-00')).toMatch(/April 2026 has 30 days/);
    expect(calendarMistake('2026-00')).toBe('a date whose month is from 01 to 12');
    expect(calendarMistake('2026')).toBeUndefined();
  });
});
