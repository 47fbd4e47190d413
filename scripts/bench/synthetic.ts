// Synthetic newsroom content for the scale runs of `npm run bench`: N stories of realistic length,
// each placing three charts of its own, plus data rows. Written only into a temporary copy of the
// project; the sentences are neutral filler, marked as test content, and carry no facts.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Variant = 'charts' | 'bare';

const SOURCE_ID = 'synthetic-bench-source';
const PROVINCES = [
  { province: 410000, city: 410100 },
  { province: 420000, city: 420100 },
  { province: 430000, city: 430100 },
  { province: 340000, city: 340100 },
  { province: 360000, city: 360100 },
  { province: 140000, city: 140100 },
];

// About 40 Han characters each; a story draws 70 of them, close to the real stories' 2,500–3,300.
const SENTENCES = [
  '这是一段用于性能测试的合成文字，不包含任何事实，只用来模拟一篇报道的长度和结构。',
  '记者在写作时通常会先交代背景，再逐层展开数据，最后回到读者关心的问题上来。',
  '一篇数据新闻往往既有叙述，也有图表，读者可以在两者之间来回对照，检查每一个判断。',
  '段落的长短会影响阅读节奏，手机上的读者尤其需要短句和清楚的小标题来帮助定位。',
  '图表下方的数据表和来源说明，让读者不必相信记者的转述，也能自己核对原始记录。',
  '这里的句子由脚本按固定顺序拼接而成，每次生成的结果都相同，方便比较不同规模下的构建时间。',
  '如果某个数值缺失，图表会把它标成无数据，而不是画成零，这一原则同样适用于合成内容。',
  '编辑在发布前会再读一遍全文，确认每一处引用都能在来源列表里找到对应的条目。',
  '地方政策的出台时间、内容和执行情况各不相同，比较时需要说明口径和统计范围。',
  '读者在电脑和手机上看到的是同一篇文章，只是版式随屏幕宽度调整，内容不会被删减。',
  '构建过程把文字和图表一起变成静态网页，页面打开时不需要再向服务器请求数据。',
  '为了让测试接近真实情况，每篇合成稿都分成若干小节，并在中间插入三张图表。',
];

function paragraph(story: number, index: number): string {
  return Array.from(
    { length: 5 },
    (_, k) => SENTENCES[(story * 7 + index * 5 + k) % SENTENCES.length],
  ).join('');
}

function storyMarkdown(i: number, variant: Variant): string {
  const charts = [`synthetic-${i}-map`, `synthetic-${i}-bar`, `synthetic-${i}-scatter`];
  const sections: string[] = [];
  for (let s = 0; s < 7; s += 1) {
    const body = [0, 1].map((p) => paragraph(i, s * 2 + p)).join('\n\n');
    const chart =
      variant === 'charts' && s >= 1 && s <= 3 ? `\n\n::chart{id="${charts[s - 1]}"}` : '';
    sections.push(`## 第 ${s + 1} 节\n\n${body}${chart}`);
  }
  return `---
title: 合成测试稿 第 ${i} 篇
dek: 用于测量构建时间的合成内容，不是真实报道。
byline: 基准测试脚本
date: 2026-01-01
tags: [合成测试]
sources: [${SOURCE_ID}]
order: ${100 + i}
---

${paragraph(i, 99)}

${sections.join('\n\n')}
`;
}

/** Three chart files for story i: copies of real chart kinds with their own ids and titles. */
function chartFiles(i: number): Record<string, string> {
  const metric = `  - id: filings
    label: 区块链信息服务备案数
    unit: 项
    data: filings-provinces
    value: services
  - id: synthetic-milestones
    label: 合成里程碑
    unit: 项
    data: events
    value: count
    where: { kind: milestone }`;
  return {
    [`synthetic-${i}-map`]: `kind: choropleth\ntitle: 合成地图 ${i}\nsubtitle: 基准测试\nhighlight: 430000\nmetrics:\n${metric}\n`,
    [`synthetic-${i}-bar`]: `kind: bar\ntitle: 合成柱状图 ${i}\nsubtitle: 基准测试\nhighlight: 430000\nmetrics:\n  - id: gdp-2019\n    label: 2019 年 GDP\n    unit: 亿元\n    data: gdp\n    value: gdp_yi\n    where: { year: 2019, vintage: first-published }\n`,
    [`synthetic-${i}-scatter`]: `kind: scatter\ntitle: 合成散点图 ${i}\nsubtitle: 基准测试\nhighlight: 430000\nx:\n  id: gdp-2019\n  label: 2019 年 GDP\n  unit: 亿元\n  data: gdp\n  value: gdp_yi\n  where: { year: 2019, vintage: first-published }\nmetrics:\n${metric}\n`,
  };
}

/** One synthetic event per story: the data grows with N as it would in a newsroom. */
function eventRow(i: number): string {
  const place = PROVINCES[i % PROVINCES.length] ?? PROVINCES[0];
  return `
- id: synthetic-event-${i}
  date: 2019-${String((i % 12) + 1).padStart(2, '0')}
  level: city
  province: ${place?.province}
  city: ${place?.city}
  kind: milestone
  about_blockchain: false
  issuer_zh: null
  title_zh: null
  summary_zh: 合成测试事件 ${i}，不是真实记录。
  gloss_en: Synthetic benchmark event ${i}.
  sources: [${SOURCE_ID}]
  note: 基准测试生成。
`;
}

/**
 * Adds `stories` synthetic stories and `n` data rows to the project copy at `root`. Stories of
 * the 'charts' variant place three charts each and define them; 'bare' stories have none.
 */
export function writeSyntheticContent(
  root: string,
  { stories, n, variant }: { stories: number; n: number; variant: Variant },
): void {
  appendFileSync(
    join(root, 'content/sources.yaml'),
    `\n- id: ${SOURCE_ID}\n  publisher: 基准测试\n  title: 合成测试数据\n  date: null\n  url: null\n  locator: 由 npm run bench 生成\n  language: zh\n  kind: dataset\n  tier: secondary\n  supports: 只用于 npm run bench 的规模测试。\n  note: 不是真实来源。\n`,
  );
  appendFileSync(
    join(root, 'content/data/events.yaml'),
    Array.from({ length: n }, (_, i) => eventRow(i + 1)).join(''),
  );
  for (let i = 1; i <= stories; i += 1) {
    writeFileSync(join(root, 'content/stories', `synthetic-${i}.md`), storyMarkdown(i, variant));
    if (variant === 'charts')
      for (const [id, yaml] of Object.entries(chartFiles(i)))
        writeFileSync(join(root, 'content/charts', `${id}.yaml`), yaml);
  }
}
