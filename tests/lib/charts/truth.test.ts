/**
 * Generated text is true by construction: for every chart file in content/charts and every view,
 * the values are derived here again from the data rows and the chart file (its own filters,
 * period and grouping, not measure.ts or summary.ts), and each generated sentence is checked
 * against them: the leader it names is the true leader, the ranks it states are true, every
 * figure it states is a value of the view (or a gap or ratio between two), it names no leader
 * among fewer than three values, a tie or lower bounds, and ranks nothing that is not comparable.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getCharts, type ChartView, type RenderedChart } from '../../../src/server/charts.ts';
import { getContent } from '../../../src/server/content.ts';
import { readChartFiles } from '../../../src/server/chartFiles.ts';
import { truthOf, type Truth, type TruthValue } from './truthModel.ts';

const content = getContent();
const charts = getCharts();
const files = new Map(
  readChartFiles().map((f) => [f.path, parse(f.text) as Record<string, unknown>]),
);

const CN = '一二三四五六七八九十';
const rankOf = (text: string) => (/^\d+$/.test(text) ? Number(text) : CN.indexOf(text) + 1);
const numbersIn = (text: string) =>
  [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)/g)].map((m) => Number((m[1] ?? '').replace(/,/g, '')));
const close = (a: number, b: number) => Math.abs(a - b) < 0.006;

/** Numbers a sentence may state about a view: values, gaps and ratios between them, counts. */
function allowedNumbers(truth: Truth): number[] {
  const values = truth.values.flatMap((v) => (v.value === null ? [] : [v.value]));
  const xs = truth.points?.map((p) => p.x) ?? [];
  const all = [...values, ...xs];
  const pairs = all.flatMap((a) =>
    all.flatMap((b) => [a - b, b !== 0 ? Math.round((a / b) * 10) / 10 : NaN]),
  );
  return [
    ...all,
    ...pairs,
    ...truth.years,
    truth.known,
    truth.values.length,
    truth.points?.length ?? 0,
  ];
}

/** The claims a sentence makes about who leads, and the checks they must pass. */
function checkSentence(sentence: string, truth: Truth, where: string): void {
  const names = truth.values.map((v) => v.name);
  const label = truth.label;
  // Who the sentence says has the most (or the highest) of the view's measure.
  const claimed = names.filter(
    (n) =>
      sentence.includes(`${n}的${label}最多`) ||
      sentence.includes(`${n}的${label}最高`) ||
      sentence.includes(`${label}最多的是${n}`) ||
      sentence.includes(`年${n}的${label}最高`) ||
      // "湖南的GDP和备案数都居首": a claim that it leads both measures.
      new RegExp(`${n}的[^，；。]*${label}[^，；。]*(都|均)?居首`).test(sentence),
  );
  const ranking = /最多|最高|居首|第一|第二|排名|领先/.test(
    truth.points ? sentence.replaceAll(`${truth.xLabel}最大的`, '') : sentence,
  );
  if (truth.leader === undefined) {
    expect(claimed, `${where}: names a leader where none can be named: ${sentence}`).toEqual([]);
    if (!truth.points) expect(ranking, `${where}: ranks where it may not: ${sentence}`).toBe(false);
  } else if (claimed.length > 0) {
    expect(claimed, `${where}: wrong leader: ${sentence}`).toEqual([truth.leader]);
  }
  const second = /比(并列)?第二的([^（(]+)[（(]/.exec(sentence);
  if (second) {
    const named = (second[2] ?? '').split('、');
    expect(named, `${where}: wrong runner-up: ${sentence}`).toEqual(truth.second);
    expect(Boolean(second[1]), `${where}: "并列" must match a tie for second`).toBe(
      named.length > 1,
    );
  }
  if (!truth.comparable) {
    expect(
      sentence.replace('不作比较', ''),
      `${where}: ranks values that are not comparable`,
    ).not.toMatch(/最|第|居|比/);
    expect(sentence).toContain('不作比较');
  }
  checkValues(sentence, truth, where);
  checkRanks(sentence, truth, where);
  // Figures inside the measures' own names ("2019年GDP") are not statements about values.
  const stated = [label, truth.xLabel ?? ''].reduce(
    (t, l) => (l ? t.replaceAll(l, '') : t),
    sentence,
  );
  for (const n of numbersIn(stated))
    expect(
      allowedNumbers(truth).some((a) => close(a, n)),
      `${where}: states ${n}, which is not in the view's data: ${sentence}`,
    ).toBe(true);
}

/** "湖南13项", "湖北（9项）", "河南、湖北各至少1项": each value stated for a place is its value. */
function checkValues(sentence: string, truth: Truth, where: string): void {
  const num = `(至少)?(\\d[\\d,]*(?:\\.\\d+)?)${escape(truth.unit)}`;
  const alt = truth.values.map((v) => escape(v.name)).join('|');
  const patterns = [
    `(${alt})（${num}）`,
    `(${alt})的${escape(truth.label)}(?:最多|最高)（${num}）`,
    `(${alt})${num}`,
    `((?:(?:${alt})、)+(?:${alt}))各${num}`,
    `(${alt})(?:的${escape(truth.xLabel ?? '')}居[^，；。]*)?，${escape(truth.label)}为?${num}`,
  ];
  let checked = 0;
  for (const pattern of patterns)
    for (const m of sentence.matchAll(new RegExp(pattern, 'g')))
      for (const name of (m[1] ?? '').split('、')) {
        const v = truth.values.find((x) => x.name === name) as TruthValue;
        const stated = Number((m[3] ?? '').replace(/,/g, ''));
        expect(
          v.value,
          `${where}: ${name} has no value, the text gives one: ${sentence}`,
        ).not.toBeNull();
        expect(
          close(stated, v.value as number),
          `${where}: ${name} stated ${stated}, is ${v.value}`,
        ).toBe(true);
        expect(Boolean(m[2]), `${where}: ${name}: "至少" only for a lower bound`).toBe(v.atLeast);
        checked += 1;
      }
  // Every place named with a figure was checked; unknown places are said to be unknown.
  if (truth.known > 0 && !truth.points?.length && !sentence.includes('所有地区'))
    expect(checked, `${where}: no value checked in: ${sentence}`).toBeGreaterThan(0);
  for (const v of truth.values.filter((x) => x.value === null))
    if (sentence.includes(v.name))
      expect(sentence, `${where}: ${v.name} is unknown`).toMatch(
        new RegExp(`${escape(v.name)}[^；。]*(无数据|缺少数据)`),
      );
}

/** "其GDP居第三", "湖南的GDP居第三", "在6条线中居第三": ranks by the x measure (or the line's end). */
function checkRanks(sentence: string, truth: Truth, where: string): void {
  const ranks = [
    ...sentence.matchAll(
      /(?:([^，；。、]+?)的|其)[^，；。]*?[居排](并列)?第\s*([一二三四五六七八九十]|\d+)/g,
    ),
  ];
  for (const m of ranks) {
    const who = m[1] ? truth.values.find((v) => m[1]?.endsWith(v.name))?.name : truth.leader;
    expect(who, `${where}: a rank of nobody the view shows: ${sentence}`).toBeDefined();
    const true_ = truth.rankOf(who as string);
    expect(true_, `${where}: ${who} has no rank in this view`).toBeDefined();
    expect(
      rankOf(m[3] ?? ''),
      `${where}: ${who} is ranked ${m[3]}, is ${true_?.rank}: ${sentence}`,
    ).toBe(true_?.rank);
    expect(Boolean(m[2]), `${where}: "并列" must match a tie`).toBe(Boolean(true_?.tied));
  }
  const line = /在(\d+)条线中[居排](并列)?第\s*([一二三四五六七八九十]|\d+)/.exec(sentence);
  if (line) {
    const subject = truth.subject as string;
    expect(rankOf(line[3] ?? ''), `${where}: ${subject}'s rank`).toBe(truth.rankOf(subject)?.rank);
  }
}

/** Every mark's tooltip (data-tip) or map value (data-text-<metric>) states the place's value. */
function checkMarks(view: ChartView, truth: Truth, where: string): void {
  const markup = view.svg?.markup ?? '';
  const attr = view.metric ? `data-text-${view.metric}` : 'data-tip';
  for (const m of markup.matchAll(/<[^>]* data-name="([^"]+)"[^>]*>/g)) {
    const value = truth.values.find((v) => v.name === m[1]);
    const said = new RegExp(`(?:data-tip|${attr})="([^"]*)"`).exec(m[0])?.[1];
    if (!value || said === undefined) continue;
    expect(said, `${where}: ${m[1]}'s mark`).toContain(truth.stated(value));
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');

function views(chart: RenderedChart): [ChartView, Truth | undefined][] {
  const file = files.get(chart.file) as Record<string, unknown>;
  return chart.views.map((view) => [view, truthOf(file, view.metric, content)]);
}

describe('every generated sentence of every chart view is true of that view’s data', () => {
  const cases = charts.flatMap((chart) =>
    views(chart).map(([view, truth]) => ({ chart, view, truth })),
  );
  it.each(cases.map((c) => [`${c.chart.id} ${c.view.metric ?? ''}`, c] as const))(
    '%s',
    (where, { chart, view, truth }) => {
      if (!truth) return;
      checkSentence(view.summary, truth, `${where} summary`);
      const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(view.svg?.markup ?? '')?.[1];
      if (desc && !files.get(chart.file)?.['description'])
        expect(desc.startsWith(view.summary), `${where}: <desc> is the summary`).toBe(true);
      // Drawn only when it can show a comparison; otherwise listed, with the true values.
      expect(Boolean(view.list), `${where}: drawn or listed`).toBe(!truth.drawable);
      expect(Boolean(view.svg), `${where}: svg only when drawable`).toBe(truth.drawable);
      for (const item of view.list ?? [])
        for (const name of item.name.split('、')) {
          const value = truth.values.find((v) => v.name === name) as TruthValue;
          expect(value, `${where}: ${name} is in the view`).toBeDefined();
          expect(item.text).toBe(truth.stated(value));
        }
      // Tooltips and map labels give each place its true value.
      if (chart.kind !== 'line') checkMarks(view, truth, where);
      // Bars, table rows and tooltips are named by what the rows are about.
      const tableNames = chart.table.rows.map((r) => (r[0] as { text?: string }).text);
      for (const v of truth.values) expect(tableNames, `${where}: table names`).toContain(v.name);
    },
  );
});
