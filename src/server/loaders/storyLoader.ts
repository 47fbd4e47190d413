import type { Loader } from 'astro/loaders';
import { ContentError } from '../../lib/data/contentError.ts';
import { readingMinutes, proseLength } from '../../lib/format/readingTime.ts';
import { storyEntrySchema } from '../../lib/schema/story.ts';
import { invalidateCharts } from '../charts.ts';
import { checkContent } from '../checkContent.ts';
import { invalidateContent } from '../content.ts';
import type { StoryEntry } from '../storyFiles.ts';

type LoaderContext = Parameters<Loader['load']>[0];

/**
 * Loads content/stories/*.md: validates frontmatter and source ids, turns `::chart{id}` lines
 * into slots for the build-time figures (filled by the story page), and renders the Markdown.
 * Any problem in any content file stops the build, with every problem listed at once.
 */
export function storyLoader(): Loader {
  return {
    name: 'stories',
    schema: storyEntrySchema,
    load: async (context) => {
      const sync = async () => {
        const { stories, problems } = checkContent();
        if (problems.length > 0) throw withoutStack(new ContentError(problems));
        context.store.clear();
        for (const entry of stories) await storeStory(entry, context);
      };
      if (!context.watcher) return sync();
      // The preview (dev server) keeps running on a content mistake: its error page shows the
      // problems (src/server/dev/livePreview.ts) and the store keeps the last good stories.
      let failed = false;
      const preview = () =>
        sync().then(
          () => void (failed = false),
          (error: unknown) => {
            if (!(error instanceof ContentError)) throw error;
            failed = true;
          },
        );
      await preview();
      const resync = async (changed: string) => {
        // Story pictures count too: adding one may settle a story's problem.
        if (!/[\\/](?:content|public[\\/]images)[\\/]/.test(changed)) return;
        // A story is stored as written (its figures go in when the page is made), so a data or
        // chart file changes no story; the preview checks those files itself. After a failed
        // sync any fix may be the one that lets the stories in.
        if (!failed && !/[\\/]content[\\/]stories[\\/]/.test(changed)) return;
        // Data and chart files feed the figures too: read everything again.
        invalidateContent();
        invalidateCharts();
        await preview();
      };
      for (const event of ['change', 'add', 'unlink'] as const) context.watcher.on(event, resync);
    },
  };
}

/** A content mistake is not a fault in the code: Astro prints no stack trace for it. */
function withoutStack(error: ContentError): ContentError {
  error.stack = '';
  return error;
}

/** Renders one story's Markdown and stores it with its reading time and length. */
async function storeStory(
  entry: StoryEntry,
  { store, renderMarkdown, generateDigest }: LoaderContext,
): Promise<void> {
  const rendered = await renderMarkdown(entry.markdown);
  const data = {
    ...entry.story,
    charts: entry.charts,
    readingMinutes: readingMinutes(entry.body),
    characters: proseLength(entry.body).han,
  };
  store.set({
    id: entry.id,
    data,
    body: entry.markdown,
    rendered,
    filePath: entry.file,
    digest: generateDigest(entry.markdown + JSON.stringify(data)),
  });
}
