/**
 * Full-text search with Pagefind, as the reader types (after a short pause; Enter searches at
 * once). The index and its script load only when the reader searches. Results are written as
 * text nodes (Pagefind's excerpt is the only markup, and only <mark> is kept from it), each
 * headed by what the page is: 报道, 图表, 数据…
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('.search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const statusLine = document.querySelector<HTMLElement>('.search-status');
const list = document.querySelector<HTMLOListElement>('.search-results');
let pagefind: Promise<Pagefind> | undefined;
let latest = '';

// The path is built at run time so the bundler leaves Pagefind's own file alone.
const load = () =>
  (pagefind ??= import(
    /* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`
  ) as Promise<Pagefind>);

const SECTIONS: [string, string][] = [
  ['/stories/', '报道'],
  ['/charts/', '图表'],
  ['/data/', '数据'],
  ['/methodology/', '方法'],
];

/** What kind of page a result is, from its address. */
const sectionOf = (path: string) =>
  path === '/' ? '首页' : SECTIONS.find(([prefix]) => path.startsWith(prefix))?.[1];

/** Copies an excerpt into `target`, keeping only the <mark> highlights. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  for (const part of excerpt.split(/(<mark>.*?<\/mark>)/g)) {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (marked ? marked[1] : part)?.replace(/<[^>]*>/g, '') ?? '';
    if (!marked) target.append(text);
    else target.append(Object.assign(document.createElement('mark'), { textContent: text }));
  }
}

function resultItem(result: { url: string; excerpt: string; meta: { title?: string } }) {
  const item = document.createElement('li');
  const path = new URL(result.url, location.origin).pathname;
  const heading = document.createElement('p');
  const section = sectionOf(path);
  if (section)
    heading.append(
      Object.assign(document.createElement('span'), {
        textContent: section,
        className: 'search-kind',
      }),
    );
  heading.append(
    Object.assign(document.createElement('a'), {
      href: path,
      textContent: result.meta.title ?? path,
    }),
  );
  const excerpt = document.createElement('p');
  appendExcerpt(excerpt, result.excerpt);
  item.append(heading, excerpt);
  return item;
}

async function run(query: string): Promise<void> {
  if (!list || !statusLine) return;
  latest = query;
  const url = new URL(location.href);
  if (query.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  history.replaceState(null, '', url);
  if (query.trim() === '') {
    list.replaceChildren();
    statusLine.textContent = '输入关键词，结果会随输入出现。';
    return;
  }
  statusLine.textContent = '正在搜索……';
  const search = await (await load()).search(query);
  // A newer query has started while this one ran (or Pagefind dropped it): leave it be.
  if (query !== latest || !search) return;
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  if (query !== latest) return;
  list.replaceChildren(...results.map(resultItem));
  statusLine.textContent =
    results.length === 0
      ? `没有找到“${query}”。`
      : `“${query}”：找到${search.results.length}个页面。`;
}

if (form && input && statusLine) {
  statusLine.textContent = '输入关键词，结果会随输入出现。';
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
