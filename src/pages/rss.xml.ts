import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedDescription } from '../lib/corrections/feed.ts';
import { publishedStories, storyChanges } from '../server/stories.ts';

/**
 * The stories as an RSS feed, most recently changed first. A corrected or updated story is
 * re-dated to the day of its last change (its link, the item's guid, stays the same), and its
 * description says when it was published and updated and what was corrected.
 */
export async function GET(context: APIContext) {
  const stories = (await publishedStories())
    .map((story) => ({ story, ...storyChanges(story) }))
    .sort((a, b) => b.updated.localeCompare(a.updated));
  return rss({
    title: '中部链变：报道',
    description: '2018—2020年中部六省竞逐区块链产业的数据新闻。',
    site: context.site ?? 'https://central-china-chain.example',
    items: stories.map(({ story, changes, updated }) => ({
      title: story.data.title,
      description: feedDescription(story.data, updated, changes),
      pubDate: new Date(`${updated}T00:00:00+08:00`),
      link: `/stories/${story.id}/`,
      author: story.data.byline,
      categories: story.data.tags ?? [],
    })),
    customData: '<language>zh-CN</language>',
  });
}
