/**
 * Full-text search with Pagefind. The index and its script load only when the reader searches,
 * and results are written as text nodes (Pagefind's excerpt is the only markup, and only <mark>
 * is kept from it).
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>('.search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const statusLine = document.querySelector<HTMLElement>('.search-status');
const list = document.querySelector<HTMLOListElement>('.search-results');
let pagefind: Promise<Pagefind> | undefined;

// The path is built at run time so the bundler leaves Pagefind's own file alone.
const load = () =>
  (pagefind ??= import(
    /* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`
  ) as Promise<Pagefind>);

/** Copies an excerpt into `target`, keeping only the <mark> highlights. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parts = excerpt.split(/(<mark>.*?<\/mark>)/g);
  for (const part of parts) {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (marked ? marked[1] : part)?.replace(/<[^>]*>/g, '') ?? '';
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      target.append(mark);
    } else target.append(text);
  }
}

async function run(query: string): Promise<void> {
  if (!list || !statusLine) return;
  list.replaceChildren();
  if (query.trim() === '') {
    statusLine.textContent = '请输入要搜索的词。';
    return;
  }
  statusLine.textContent = '正在搜索…';
  const search = await (await load()).search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  statusLine.textContent =
    results.length === 0
      ? `没有找到“${query}”。`
      : `“${query}”:找到 ${search.results.length} 个页面。`;
  for (const result of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = new URL(result.url, location.origin).pathname;
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    appendExcerpt(excerpt, result.excerpt);
    item.append(link, excerpt);
    list.append(item);
  }
}

if (form && input && statusLine) {
  statusLine.textContent = '输入关键词后按回车。';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
