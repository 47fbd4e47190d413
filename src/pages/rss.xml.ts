import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { publishedStories } from '../server/stories.ts';

/** The stories as an RSS feed, newest first. */
export async function GET(context: APIContext) {
  const stories = (await publishedStories()).sort((a, b) => b.data.date.localeCompare(a.data.date));
  return rss({
    title: '中部链变：报道',
    description: '2018—2020年中部六省竞逐区块链产业的数据新闻。',
    site: context.site ?? 'https://central-china-chain.example',
    items: stories.map((story) => ({
      title: story.data.title,
      description: story.data.dek,
      pubDate: new Date(`${story.data.date}T00:00:00+08:00`),
      link: `/stories/${story.id}/`,
      author: story.data.byline,
      categories: story.data.tags ?? [],
    })),
    customData: '<language>zh-CN</language>',
  });
}
