// npm run new-story -- <name>: creates content/stories/<name>.md, a draft with the frontmatter
// filled in by placeholders, today's date and a note on placing charts (src/lib/stories/newStory.ts).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { newStoryText, slugProblem } from '../src/lib/stories/newStory.ts';

const STORIES = 'content/stories';
const CHARTS = 'content/charts';

/** The id and title of each chart file (a file that does not read yet is listed by its id). */
function charts(): { id: string; title: string }[] {
  if (!existsSync(CHARTS)) return [];
  return readdirSync(CHARTS)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const id = name.replace(/\.ya?ml$/, '');
      try {
        const title = (parse(readFileSync(join(CHARTS, name), 'utf8')) as { title?: unknown })
          ?.title;
        return { id, title: typeof title === 'string' ? title : '' };
      } catch {
        return { id, title: '' };
      }
    });
}

/** The first source id in content/sources.yaml, as the example. */
function firstSource(): string {
  try {
    const list = parse(readFileSync('content/sources.yaml', 'utf8')) as { id?: unknown }[];
    const id = list.find((s) => typeof s?.id === 'string')?.id;
    if (typeof id === 'string') return id;
  } catch {
    // An unreadable register: the check says why; the example stays a placeholder.
  }
  return 'source-id';
}

/** Today in China, written 2026-05-01. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

const slug = (process.argv[2] ?? '').trim();
const existing = existsSync(STORIES)
  ? readdirSync(STORIES).map((name) => name.replace(/\.md$/, ''))
  : [];
const problem = slugProblem(slug, existing);
if (problem) {
  console.error(`new-story: ${problem}`);
  process.exit(1);
}
const file = join(STORIES, `${slug}.md`);
mkdirSync(STORIES, { recursive: true });
writeFileSync(file, newStoryText({ today: today(), charts: charts(), source: firstSource() }), {
  flag: 'wx',
});
console.log(`Created ${file}: a draft, shown only in the preview (npm run dev).
Fill in every 【待填…】, delete the note at the top of the text, and delete the line
draft: true when the story is ready to publish. npm run check says what is left.`);
