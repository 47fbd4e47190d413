/**
 * What the WeChat export of a story (/wechat/<slug>/) is made of: the story's prose and charts
 * as src/lib/wechat/article.ts takes them, each chart as the build's image of the view the story
 * shows (src/lib/images/imagePaths.ts) with its credit line.
 */
import { splitChartSlots } from '../lib/charts/chartSlots.ts';
import { rankSources } from '../lib/sources/groups.ts';
import type { WechatPart, WechatStory } from '../lib/wechat/article.ts';
import { SITE, SITE_NAME } from '../site.ts';
import { getChart, type RenderedChart } from './charts.ts';
import { getContent } from './content.ts';
import { storyChanges, type StoryEntry } from './stories.ts';
import { wechatChart } from './wechatChart.ts';

export const LICENCE = '文字与图表：知识共享署名4.0国际许可（CC BY 4.0）';

/** The story as the WeChat article takes it, and the charts it places (in order). */
export function wechatStory(entry: StoryEntry): {
  story: WechatStory;
  charts: RenderedChart[];
} {
  const charts: RenderedChart[] = [];
  const parts: WechatPart[] = splitChartSlots(entry.rendered?.html ?? '').map((part) => {
    if (part.kind === 'html') return part;
    const chart = getChart(part.id);
    if (!chart) throw new Error(`${entry.filePath}: no chart "${part.id}" (checked by the loader)`);
    charts.push(chart);
    return { kind: 'chart', chart: wechatChart(chart) };
  });
  const { placed, changes, updated } = storyChanges(entry);
  const wanted = new Set([
    ...entry.data.sources,
    ...placed.flatMap((c) => c.sources.map((s) => s.id)),
  ]);
  const sources = rankSources(
    getContent()
      .sources.map((s) => s.data)
      .filter((s) => wanted.has(s.id)),
  );
  const story: WechatStory = {
    title: entry.data.title,
    dek: entry.data.dek,
    byline: entry.data.byline,
    date: entry.data.date,
    updated,
    corrections: changes.map((c) => ({
      date: c.date,
      label: c.kind === 'story' ? '更正' : '数据更正',
      text: c.text,
    })),
    parts,
    sources,
    storyUrl: new URL(`/stories/${entry.id}/`, SITE).href,
    siteName: SITE_NAME,
    licence: LICENCE,
  };
  return { story, charts };
}
