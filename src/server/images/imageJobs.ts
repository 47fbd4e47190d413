/**
 * Every image the build draws: each chart view at phone layout, 1080 px wide (what editors paste
 * into WeChat articles), and a share card for each chart view page and each story.
 */
import {
  chartCardPath,
  storyCardPath,
  viewImagePath,
  CARD,
  SITE_CARD_PATH,
  IMAGE_WIDTH,
} from '../../lib/images/imagePaths.ts';
import { SITE_NAME, SITE_TAGLINE } from '../../site.ts';
import type { RenderedChart } from '../charts.ts';
import { chartCard, shareCardSvg } from '../render/shareCard.ts';
import { standaloneSvg } from '../render/standaloneSvg.ts';

export interface ImageJob {
  /** The image's address in the site. */
  path: string;
  /** Its width in px; the height follows the drawing. */
  width: number;
  svg: () => string;
}

export interface StoryCard {
  slug: string;
  title: string;
  dek: string;
  /** The chart the story shows first, if any: the card's picture. */
  lead: RenderedChart | undefined;
}

export function chartImageJobs(charts: readonly RenderedChart[]): ImageJob[] {
  return charts.flatMap((chart) =>
    chart.views.flatMap((view, i) => [
      {
        path: viewImagePath(chart.id, view.metric, i === 0),
        width: IMAGE_WIDTH,
        svg: () => standaloneSvg(chart, view),
      },
      {
        path: chartCardPath(chart.id, view.metric, i === 0),
        width: CARD.width,
        svg: () => shareCardSvg(chartCard(chart, view)),
      },
    ]),
  );
}

/** The site's own card (pages without one of their own), with the home page's chart. */
export function siteCardJob(lead: RenderedChart | undefined): ImageJob {
  return {
    path: SITE_CARD_PATH,
    width: CARD.width,
    svg: () =>
      shareCardSvg({
        title: SITE_NAME,
        context: SITE_TAGLINE,
        label: '数据新闻',
        view: lead?.views[0],
        mapNote: lead?.mapCredit?.lines[0],
      }),
  };
}

export function storyImageJobs(stories: readonly StoryCard[]): ImageJob[] {
  return stories.map((story) => ({
    path: storyCardPath(story.slug),
    width: CARD.width,
    svg: () =>
      shareCardSvg({
        title: story.title,
        context: story.dek,
        label: '报道',
        view: story.lead?.views[0],
        mapNote: story.lead?.mapCredit?.lines[0],
      }),
  }));
}
