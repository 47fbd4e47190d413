// A journalist's whole loop, in a copy of the project under git: add a dataset (a CSV, its
// declaration, its source) and a chart of every kind on it, touching nothing but content/; build;
// every page, embed and export exists and shows the values.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_KINDS } from '../../src/lib/charts/kinds/registry.ts';
import {
  buildCopy,
  copyProject,
  PROJECT_ROOT as root,
  type BuildResult,
} from '../support/projectCopy.ts';

const project = copyProject('new-dataset-');
const copy = project.dir;
const write = (path: string, text: string) => writeFileSync(join(copy, path), text);
const built = (path: string) => readFileSync(join(copy, 'dist', path), 'utf8');
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd: copy,
    encoding: 'utf8',
  });

// Real figures (first-published GDP, 亿元, with the bulletins' publication dates).
const CSV = `province,year,gdp_yi,published,sources,note
430000,2018,36425.78,2019-03-13,walkthrough-bulletins,
430000,2019,39752.12,2020-03-17,walkthrough-bulletins,
410000,2018,48055.86,null,walkthrough-bulletins,发布日期未记录。
410000,2019,54259.20,2020-01-21,walkthrough-bulletins,
`;
const DECLARATION = `title: 湖南与河南的地区生产总值
description: 两省统计公报首次公布的现价地区生产总值。
key: [province, year]
columns:
  province: { type: place, label: 省份 }
  year: { type: year, label: 年份 }
  gdp_yi: { type: amount, unit: 亿元, label: 地区生产总值 }
  published: { type: date, label: 发布日期, unknown: allowed }
  sources: { type: sources, label: 来源 }
  note: { type: note, label: 说明 }
`;
const SOURCE = `- id: walkthrough-bulletins
  publisher: 湖南省统计局、河南省统计局
  title: 2018、2019 年国民经济和社会发展统计公报
  date: 2020-03-17
  url: null
  locator: 湖南、河南两省统计公报印刷本（测试用）
  language: zh
  kind: statistics
  tier: official-statistics
  supports: 两省 2018、2019 年地区生产总值。
  note: 测试用的来源条目,数值与 gdp.csv 的首次公布值相同。
`;
const metric = `    data: walkthrough-gdp\n    value: gdp_yi\n    where: { year: 2019 }\n`;
const CHARTS: Record<string, string> = {
  choropleth: `kind: choropleth\ntitle: 2019 年地区生产总值\nmetrics:\n  - id: gdp\n${metric}`,
  bar: `kind: bar\ntitle: 2019 年地区生产总值\nhighlight: 430000\nmetrics:\n  - id: gdp\n${metric}`,
  scatter: `kind: scatter\ntitle: 两年对比\nx:\n  id: gdp-2018\n  data: walkthrough-gdp\n  value: gdp_yi\n  where: { year: 2018 }\nmetrics:\n  - id: gdp\n${metric}`,
  line: `kind: line\ntitle: 两年变化\ndata: walkthrough-gdp\nx: year\nvalue: gdp_yi\nhighlight: 430000\nannotations:\n  - text: 湖南第三\n    at: 430000\n`,
  table: `kind: table\ntitle: 数据表\ndata: walkthrough-gdp\n`,
  timeline: `kind: timeline\ntitle: 公报发布\ndata: walkthrough-gdp\ndate: published\nlabel: gdp_yi\nlane: province\n`,
};

let build: BuildResult;

beforeAll(() => {
  cpSync(join(root, '.gitignore'), join(copy, '.gitignore'));
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'base');
  write('content/data/walkthrough-gdp.csv', CSV);
  write('content/data/walkthrough-gdp.schema.yaml', DECLARATION);
  appendFileSync(join(copy, 'content/sources.yaml'), SOURCE);
  for (const [kind, text] of Object.entries(CHARTS))
    write(`content/charts/walkthrough-${kind}.yaml`, text);
  build = buildCopy(copy);
}, 200_000);

afterAll(() => project.remove());

describe('a new dataset and a chart of every kind, added in content/ only', () => {
  it('covers every kind of the registry', () => {
    expect(Object.keys(CHARTS).sort()).toEqual([...CHART_KINDS].sort());
  });

  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('changed nothing outside content/', () => {
    const changed = git('status', '--porcelain', '--untracked-files=all')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3));
    expect(changed.length).toBe(9);
    expect(changed.filter((path) => !path.startsWith('content/'))).toEqual([]);
  });

  it.each(Object.keys(CHARTS))('%s: page, embed and exports exist and show the values', (kind) => {
    const id = `walkthrough-${kind}`;
    for (const path of [
      `charts/${id}/index.html`,
      `embed/${id}/index.html`,
      `charts/${id}.svg`,
      `charts/${id}.json`,
      `data/${id}.csv`,
    ])
      expect(existsSync(join(copy, 'dist', path)), path).toBe(true);
    // The 2019 value of Hunan, formatted for readers on the page and raw in the CSV.
    expect(built(`charts/${id}/index.html`)).toContain('39,752.12');
    expect(built(`embed/${id}/index.html`)).toContain('39,752.12');
    expect(built(`data/${id}.csv`)).toContain('39752.12');
    expect(built(`charts/${id}/index.html`)).toContain('湖南省统计局、河南省统计局');
  });

  it('lists the dataset on the data page and serves its files', () => {
    expect(built('data/index.html')).toContain('湖南与河南的地区生产总值');
    expect(built('data/files/walkthrough-gdp.csv')).toBe(CSV);
    expect(built('data/files/walkthrough-gdp.schema.yaml')).toBe(DECLARATION);
  });
});
