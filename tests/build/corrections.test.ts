// A build of a copy of the project with one story correction (a fixture story) and one data
// correction (the 2019 growth rate of Hunan, "was" made up for the test): both must show where
// readers, feed readers, search engines and republishers look. One build, shared by every test.
import { readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject, PROJECT_ROOT as root } from '../support/projectCopy.ts';

const project = copyProject('corrections-build-');
const copy = project.dir;
const read = (path: string) => readFileSync(join(copy, 'dist', path), 'utf8');

// The row's current value, whatever it is when the test runs: the correction's "now".
const gdp = readFileSync(join(copy, 'content/data/gdp.csv'), 'utf8').split('\n');
const header = gdp[0]?.split(',') ?? [];
const hunan = gdp.find((line) => line.startsWith('430000,2019,first-published,'))?.split(',');
const now = Number(hunan?.[header.indexOf('growth_pct')]);
const was = Math.round((now + 0.2) * 10) / 10;

beforeAll(() => {
  cpSync(
    join(root, 'tests/fixtures/stories/corrected.md'),
    join(copy, 'content/stories/zz-corrected.md'),
  );
  writeFileSync(
    join(copy, 'content/data/corrections.yaml'),
    `- dataset: gdp
  row: 430000-2019-first-published
  field: growth_pct
  date: 2026-12-01
  was: ${was}
  now: ${now}
  why: 测试用的数据更正原因。
  sources: [hunan-stats-bulletin-2019-via-thepaper]
`,
  );
  const { status, output } = buildCopy(copy, 170_000);
  expect(status, output.slice(-3000)).toBe(0);
}, 180_000);

afterAll(() => project.remove());

const DATA_TEXT = `湖南·2019年·首次公布值的实际增速原为${was.toFixed(1)}%，现为${now.toFixed(1)}%。测试用的数据更正原因。`;

describe('a corrected story', () => {
  it('says so under its byline, with the day, and links to the corrections at its foot', () => {
    const $ = load(read('stories/zz-corrected/index.html'));
    expect($('.meta').text()).toContain('更新于2026年12月2日');
    const notice = $('.correction-notice');
    expect(notice.attr('role')).toBe('note');
    expect(notice.text().replace(/\s+/g, '')).toBe(
      '更正本文于2026年12月2日更正（共2处），见文末更正说明。',
    );
    expect(notice.find('a').attr('href')).toBe('#story-corrections');
  });

  it('lists its own correction and the data correction of its chart, oldest first', () => {
    const $ = load(read('stories/zz-corrected/index.html'));
    const block = $('#story-corrections');
    expect(block.find('h2').text()).toBe('更正');
    const items = block.find('li.correction');
    expect(items.map((_, li) => $(li).find('.correction-head').text()).get()).toEqual([
      '2026年12月1日数据更正',
      '2026年12月2日更正',
    ]);
    expect(items.eq(0).text()).toContain(DATA_TEXT);
    expect(items.eq(0).find('a').attr('href')).toBe('#chart-gdp-central-provinces');
    expect(items.eq(1).text().replace(/\s+/g, '')).toContain(
      '原文有误：本文原称测试用的原文。更正为：测试用的更正。测试用的说明。',
    );
  });

  it('carries dateModified and one CorrectionComment per correction in its JSON-LD', () => {
    const $ = load(read('stories/zz-corrected/index.html'));
    const ld = JSON.parse($('script[type="application/ld+json"]').first().text());
    expect(ld.datePublished).toBe('2026-11-22');
    expect(ld.dateModified).toBe('2026-12-02');
    expect(
      ld.correction.map((c: { '@type': string; datePublished: string }) => [
        c['@type'],
        c.datePublished,
      ]),
    ).toEqual([
      ['CorrectionComment', '2026-12-01'],
      ['CorrectionComment', '2026-12-02'],
    ]);
  });

  it('is re-dated in the feed, with its dates and corrections in the description', () => {
    const $ = load(read('rss.xml'), { xml: true });
    const item = $('item').filter((_, el) =>
      $(el).find('link').text().includes('/stories/zz-corrected/'),
    );
    expect(new Date(item.find('pubDate').text()).toISOString()).toBe('2026-12-01T16:00:00.000Z');
    const description = item.find('description').text();
    expect(description).toContain('（2026年11月22日发布，2026年12月2日更新）');
    expect(description).toContain(
      `2026年12月1日更正（数据）：中部六省地区生产总值中，${DATA_TEXT}`,
    );
    expect(description).toContain('2026年12月2日更正：原文有误：本文原称测试用的原文。');
  });
});

describe('a data correction', () => {
  it('is under the figure of every chart that shows the row and field, on its page and embed', () => {
    for (const path of [
      'charts/gdp-central-provinces/index.html',
      'embed/gdp-central-provinces/index.html',
    ]) {
      const $ = load(read(path));
      expect($('.chart-corrections li').text(), path).toContain(DATA_TEXT);
    }
  });

  it('is listed in the chart JSON of those charts only', () => {
    const meta = JSON.parse(read('charts/gdp-central-provinces.json'));
    expect(meta.corrections).toEqual([
      expect.objectContaining({
        date: '2026-12-01',
        dataset: 'gdp',
        row: '430000-2019-first-published',
        field: 'growth_pct',
        was,
        now,
      }),
    ]);
    // The map reads the same row for its GDP, not the growth rate: nothing of it changed there.
    expect(JSON.parse(read('charts/filings-map.json')).corrections).toEqual([]);
  });

  it('reaches every story placing such a chart, and no other', () => {
    expect(load(read('stories/why-hunan/index.html'))('#story-corrections').text()).toContain(
      DATA_TEXT,
    );
    expect(read('stories/key-projects-2020/index.html')).not.toContain(DATA_TEXT);
  });
});

describe('the methodology page', () => {
  it('logs both, newest first, with the pages that show them', () => {
    const $ = load(read('methodology/index.html'));
    const log = $('#corrections + .correction-log > li');
    const ours = log.filter((_, li) => /测试用/.test($(li).text()));
    expect(ours.map((_, li) => $(li).find('.log-head').text()).get()).toEqual([
      '2026年12月2日报道更正',
      '2026年12月1日数据更正',
    ]);
    const links = ours
      .eq(1)
      .find('a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toContain('/charts/gdp-central-provinces/');
    expect(links).toContain('/stories/why-hunan/#story-corrections');
  });
});
