/**
 * A chart in the WeChat export of a story: the build's image of the view the story shows
 * (src/lib/images/imagePaths.ts), its summary as the description, and a caption of its credit
 * line, a map's review line and, for a chart readers can switch, which view the image is.
 */
import { viewImagePath } from '../lib/images/imagePaths.ts';
import { sourceLabeller } from '../lib/sources/groups.ts';
import type { WechatChart } from '../lib/wechat/article.ts';
import type { RenderedChart } from './charts.ts';

/** A chart as the article shows it: the image of its first view, its summary and credit line. */
export function wechatChart(chart: RenderedChart): WechatChart {
  const view = chart.views[0];
  const sources = view?.sources ?? chart.sources;
  const credit = sourceLabeller(sources, '来源：无来源数据')(sources.map((s) => s.id));
  const map = chart.mapCredit?.lines[0];
  // The story's text may say a reader can switch the chart: the image is one view, say which.
  const labels = chart.views.flatMap((v) => v.label ?? []);
  const views =
    chart.views.length > 1 && labels.length === chart.views.length
      ? `本图为“${labels[0]}”；原文中还可切换为${labels
          .slice(1)
          .map((l) => `“${l}”`)
          .join('、')}。`
      : undefined;
  return {
    src: viewImagePath(chart.id, view?.metric, true),
    alt: view?.summary ?? chart.summary,
    caption: [credit, ...(map ? [map] : []), ...(views ? [views] : [])],
  };
}
