// One small story file per mistake a journalist makes (tests/fixtures/stories/): each is reported
// with the file, the line, the field, what was expected, what was found and the fix, in the
// words `npm run check` and the build print.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/data/contentError.ts';
import { readStoryFile } from '../../../src/lib/data/storyFile.ts';
import { known } from './known.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'stories');
const render = (id: string) => `<figure data-chart="${id}"></figure>`;

/** The formatted problems of a fixture, read as content/stories/<name>. */
function messagesOf(name: string, text = readFileSync(join(dir, name), 'utf8')): string[] {
  return readStoryFile(`content/stories/${name}`, text, known, render).problems.map(formatProblem);
}

const LINE =
  'expected a line of its own written ::chart{id="chart-id"} (half-width characters, two colons, lower-case chart, the id in double quotes)';
const MEANT = 'Fix: did you mean ::chart{id="filings-map"}?';

describe('a chart line that nearly places a chart', () => {
  it.each([
    ['chart-space-after-colons.md', ':: chart{id="filings-map"}'],
    ['chart-three-colons.md', ':::chart{id="filings-map"}'],
    ['chart-capital.md', '::Chart{id="filings-map"}'],
    ['chart-full-width.md', '：：chart｛id＝“filings-map”｝'],
    // Mixed widths, and an id one letter off: the id meant is the known one.
    ['chart-mixed-width.md', '：：chart{id=“filing-map”}'],
    ['chart-unquoted-id.md', '::chart{id=filings-map}'],
    ['chart-no-id-key.md', '::chart{"filings-map"}'],
  ])('%s names the line and the line meant', (name, written) => {
    expect(messagesOf(name)).toEqual([
      `content/stories/${name}:13, field "chart placement": ${LINE}; found "${written}". ${MEANT}`,
    ]);
  });

  it('after text on the same line: asks for a line of its own', () => {
    expect(messagesOf('chart-after-text.md')).toEqual([
      `content/stories/chart-after-text.md:13, field "chart placement": ${LINE}; found "备案数的分布如下。::chart{id="filings-map"}". Fix: put ::chart{id="filings-map"} on a line of its own, with an empty line before and after it.`,
    ]);
  });

  it('in a fenced code block or inline code: no placement and no problem', () => {
    const text = readFileSync(join(dir, 'chart-in-code.md'), 'utf8');
    const result = readStoryFile('s.md', text, known, render);
    expect(result.problems).toEqual([]);
    expect(result.placements).toEqual([]);
    expect(result.markdown).toContain('```\n::chart{id="filings-map"}\n');
  });
});

describe('other story mistakes', () => {
  it.each([
    [
      'chart-twice.md',
      'content/stories/chart-twice.md:17, field "chart placement": expected each chart placed once in a story; found ::chart{id="filings-map"} again: it is already placed on line 13. Fix: remove one of the two lines.',
    ],
    [
      'empty-body.md',
      'content/stories/empty-body.md:7, field "story text": expected the story\'s text below the second --- line: at least one paragraph; found nothing after the frontmatter. Fix: write the story under the frontmatter, or add draft: true to the frontmatter until it is written.',
    ],
    [
      'no-prose.md',
      'content/stories/no-prose.md:7, field "story text": expected the story\'s text below the second --- line: at least one paragraph; found no paragraph of text, only headings, chart lines, pictures or notes. Fix: write the story under the frontmatter, or add draft: true to the frontmatter until it is written.',
    ],
    [
      'image-relative.md',
      'content/stories/image-relative.md:13, field "image": expected an address starting with /images/ for a file in public/images/; found a relative address "./images/park-gate.jpg", which does not work on the story\'s page. Fix: put the file in public/images/park-gate.jpg and write /images/park-gate.jpg.',
    ],
    [
      'image-relative-bare.md',
      'content/stories/image-relative-bare.md:13, field "image": expected an address starting with /images/ for a file in public/images/; found a relative address "images/park-gate.jpg", which does not work on the story\'s page. Fix: put the file in public/images/park-gate.jpg and write /images/park-gate.jpg.',
    ],
    [
      'image-missing.md',
      'content/stories/image-missing.md:13, field "image": expected a picture file that exists in public/; found no file public/images/park-building.png. Fix: did you mean /images/park-building.jpg?',
    ],
    [
      'image-no-description.md',
      'content/stories/image-no-description.md:13, field "image description": expected a short description of the picture between the square brackets, e.g. ![湖南某区块链产业园的大门](/images/park-gate.jpg); found a picture with no description. Fix: say in a few words what the picture shows, for readers who cannot see it.',
    ],
    [
      'image-remote.md',
      'content/stories/image-remote.md:13, field "image": expected a picture stored in the site, in public/images/ (a page loads nothing from other sites); found a picture from another site "https://example.com/photos/gate.jpg". Fix: save the picture in public/images/ (say as gate.jpg) and write /images/gate.jpg.',
    ],
    [
      'link-without-scheme.md',
      'content/stories/link-without-scheme.md:13, field "link": expected an address of another site starting with https://; found "www.example.com/plan" without https://, which the browser reads as a page of this site. Fix: write https://www.example.com/plan.',
    ],
    [
      'link-domain-path.md',
      'content/stories/link-domain-path.md:13, field "link": expected an address of another site starting with https://; found "example.com/plan.html" without https://, which the browser reads as a page of this site. Fix: write https://example.com/plan.html.',
    ],
    [
      'link-relative.md',
      'content/stories/link-relative.md:13, field "link": expected a page of this site written from the root, starting with / (e.g. /data/); found a relative address "data/", which points below the story\'s own page. Fix: write /data/.',
    ],
    [
      'link-unknown-page.md',
      'content/stories/link-unknown-page.md:13, field "link": expected a page of this site (/, /stories/, /charts/, /data/, /methodology/, /about/, /search/ or a story or chart under them); found "/chart/filings-map/", which is no page of the site. Fix: did you mean /charts/filings-map/?',
    ],
    [
      'date-impossible.md',
      'content/stories/date-impossible.md:5, field "date": expected a day that exists in the calendar: February 2026 has 28 days; found "2026-02-30".',
    ],
    [
      'date-bad-month.md',
      'content/stories/date-bad-month.md:5, field "date": expected a date whose month is from 01 to 12; found "2026-13-01".',
    ],
    [
      'updated-before-date.md',
      'content/stories/updated-before-date.md:6, field "updated": expected a date no earlier than date (2026-11-22): the day of the last change; found "2026-11-20". Fix: correct the day, or swap date and updated if they are the wrong way round.',
    ],
    [
      'correction-before-date.md',
      `content/stories/correction-before-date.md:8, field "corrections.0.date": expected a day no earlier than the story's date (2026-11-22): a story is corrected after it is published; found "2026-11-02".`,
    ],
    [
      'correction-after-updated.md',
      'content/stories/correction-after-updated.md:6, field "updated": expected a day no earlier than the latest correction (2026-12-01): a correction is an update; found "2026-11-25". Fix: write updated: 2026-12-01, or delete the updated line (the latest correction\'s day is then used).',
    ],
  ])('%s', (name, message) => {
    expect(messagesOf(name)).toEqual([message]);
  });

  it('a correction without what is right, or with a day not in the calendar', () => {
    expect(messagesOf('correction-incomplete.md')).toEqual([
      'content/stories/correction-incomplete.md:8, field "corrections.0.right": expected a text; found nothing (the field is missing).',
      'content/stories/correction-incomplete.md:10, field "corrections.1.date": expected a day that exists in the calendar: December 2026 has 31 days; found "2026-12-32".',
    ]);
  });

  it('a published story still holding 【待填…】 placeholders, line by line (待填补 in prose is fine)', () => {
    const says =
      "expected the story's own text in place of each 【待填…】 placeholder before it is published";
    const fix =
      'Fix: write the text (delete the notes), or keep draft: true in the frontmatter until the story is ready.';
    expect(messagesOf('placeholder-published.md')).toEqual([
      `content/stories/placeholder-published.md:2, field "title": ${says}; found "【待填：标题】". ${fix}`,
      `content/stories/placeholder-published.md:9, field "story text": ${says}; found "【待填：正文第一段。】". ${fix}`,
    ]);
  });

  it('a draft may hold placeholders and have no prose yet', () => {
    expect(messagesOf('draft.md')).toEqual([]);
    const empty = readFileSync(join(dir, 'empty-body.md'), 'utf8').replace(
      'sources:',
      'draft: true\nsources:',
    );
    expect(messagesOf('empty-body.md', empty)).toEqual([]);
    // The same files published are problems.
    const published = readFileSync(join(dir, 'draft.md'), 'utf8').replace('draft: true\n', '');
    expect(messagesOf('draft.md', published)).toHaveLength(1);
  });
});
