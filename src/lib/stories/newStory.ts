/**
 * The file `npm run new-story -- <name>` writes: a draft with every frontmatter field filled by a
 * marked placeholder (【待填…】, which the check rejects once the story is published), today's
 * date, one example source, and a note on writing, placing charts (with the ids there are),
 * pictures and links — in an HTML comment, so the preview does not show it.
 */
import { PLACEHOLDER } from './prose.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why `slug` cannot name a new story, or undefined when it can. */
export function slugProblem(slug: string, existing: readonly string[]): string | undefined {
  if (slug === '')
    return 'give the story a name: npm run new-story -- hunan-parks-2020 (it becomes the address /stories/hunan-parks-2020/)';
  if (!SLUG.test(slug)) {
    const fixed = slug
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
      .replace(/[^a-z0-9-]/g, '')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '');
    const guess = fixed && fixed !== slug ? ` (did you mean ${fixed}?)` : '';
    return `"${slug}" cannot name a story: use lower-case latin letters, digits and hyphens, e.g. hunan-parks-2020${guess}`;
  }
  if (existing.includes(slug))
    return `content/stories/${slug}.md already exists: choose another name, or open that file`;
  return undefined;
}

export interface NewStoryInput {
  /** Today, written 2026-05-01. */
  today: string;
  /** The charts a story can place, with their titles. */
  charts: readonly { id: string; title: string }[];
  /** A source id from content/sources.yaml, as the example. */
  source: string;
}

const todo = (what: string) => `${PLACEHOLDER}：${what}】`;

/** The text of a new story file. */
export function newStoryText({ today, charts, source }: NewStoryInput): string {
  const chartList = charts.map((c) => `- ${c.id}：${c.title.replace(/--+>?/g, '—')}`);
  return [
    '---',
    `title: ${todo('标题，一句话说出报道的发现')}`,
    `dek: ${todo('导语，一两句话，写在标题下面')}`,
    `byline: ${todo('作者，如中部链变数据组')}`,
    `date: ${today}`,
    '# 可选：话题，如tags: [湖南, 产业园]',
    '# 正文引用的资料：content/sources.yaml里的编号，一行一个；文中图表的来源会自动列出。',
    'sources:',
    `  - ${source} # ${todo('换成本文引用的资料')}`,
    '# 草稿：只在预览（npm run dev）中可见，不会发布。写完后删去下面这一行，报道才会发布。',
    'draft: true',
    '---',
    '',
    '<!--',
    `${todo('写完后删去这段说明')}`,
    '',
    '正文用Markdown写：空一行开始新的一段；以“## ”开头的一行是小标题。',
    '',
    '放图表：另起一行，只写下面这样一行（编号换成要放的图表），前后各空一行：',
    `::chart{id="${charts[0]?.id ?? 'chart-id'}"}`,
    '',
    '现有的图表（编号：标题）：',
    ...chartList,
    '',
    '放图片：把图片文件放进public/images/，正文写',
    '![图片里是什么](/images/文件名.jpg)',
    '方括号里写清图片里是什么，给看不到图片的读者。',
    '',
    '链接：其他网站写完整地址，如[原文](https://www.example.com/)；本站页面从/写起，如[数据页](/data/)。',
    '-->',
    '',
    `## ${todo('小标题')}`,
    '',
    todo('正文第一段'),
    '',
  ].join('\n');
}
