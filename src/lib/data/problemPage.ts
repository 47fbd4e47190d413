/**
 * The live preview's report of content problems: a page for the browser (Chinese labels, one
 * entry per problem grouped by file) and a text for the terminal. The problem texts stay the
 * English of each ContentProblem; everything is built from the problem's fields, never parsed
 * from its message, and every value is escaped (file contents appear in the messages).
 */
import {
  formatProblem,
  groupByFile,
  type ContentProblem,
  type FileProblems,
} from './contentError.ts';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** "内容有3处问题" */
export function problemHeading(count: number): string {
  return `内容有${count}处问题`;
}

/** `content/data/gdp.csv:12`, or the file alone when the line is not known. */
function where(problem: ContentProblem): string {
  return problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
}

/** "第3条" for a YAML list entry, "第3行数据（不算表头）" for a CSV row. */
function itemLabel(item: NonNullable<ContentProblem['item']>): string {
  return item.kind === 'entry' ? `第${item.index}条` : `第${item.index}行数据（不算表头）`;
}

/** The labelled facts of one problem, those it has. */
function problemFacts(problem: ContentProblem): [string, string][] {
  const code = (text: string) => `<code>${escapeHtml(text)}</code>`;
  const facts: [string, string | undefined][] = [
    ['行', problem.line === undefined ? undefined : String(problem.line)],
    ['条目', problem.item ? escapeHtml(itemLabel(problem.item)) : undefined],
    ['字段', problem.field === undefined ? undefined : code(problem.field)],
    ['应为', escapeHtml(problem.expected)],
    ['实际', problem.found === undefined ? undefined : escapeHtml(problem.found)],
    ['修改建议', problem.hint === undefined ? undefined : escapeHtml(problem.hint)],
  ];
  return facts.filter((fact): fact is [string, string] => fact[1] !== undefined);
}

function problemItem(problem: ContentProblem): string {
  const facts = problemFacts(problem)
    .map(([label, value]) => `<div><dt>${label}</dt><dd>${value}</dd></div>`)
    .join('');
  return `<li><p class="where"><code>${escapeHtml(where(problem))}</code></p><dl>${facts}</dl></li>`;
}

function fileSection({ file, problems }: FileProblems): string {
  return [
    '<section>',
    `<h2><span class="label">文件</span><code>${escapeHtml(file)}</code>（${problems.length}处）</h2>`,
    `<ol>${problems.map(problemItem).join('')}</ol>`,
    '</section>',
  ].join('');
}

const STYLE = `
:root{color-scheme:light dark;--fg:#1a1a1a;--bg:#fff;--muted:#555;--line:#d0d0d0;--mark:#b00020;--box:#f6f6f6}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#141414;--muted:#aaa;--line:#444;--mark:#ff8a80;--box:#202020}}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.6 system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif}
main{max-width:52rem;margin:0 auto;padding:1rem}
h1{color:var(--mark);font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem;overflow-wrap:anywhere}
.label{color:var(--muted);font-weight:400;margin-inline-end:.5em}
ol{padding-inline-start:1.5rem}
li{margin-block:1rem;padding:.5rem .75rem;background:var(--box);border-inline-start:3px solid var(--mark)}
.where{margin:0 0 .25rem;font-weight:700;overflow-wrap:anywhere}
dl{margin:0}
dl div{display:grid;grid-template-columns:5em 1fr;gap:.5em}
dt{color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.95em}
.lead{color:var(--muted)}
`;

export interface ProblemPageOptions {
  /** A script for the page's head, e.g. the dev server's live-reload client. */
  script?: string;
}

/** The whole HTML page that stands in for any page of the preview while the content has problems. */
export function problemPage(
  problems: readonly ContentProblem[],
  options: ProblemPageOptions = {},
): string {
  const heading = problemHeading(problems.length);
  const groups = groupByFile(problems);
  const script = options.script
    ? `<script type="module" src="${escapeHtml(options.script)}"></script>`
    : '';
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    '<link rel="icon" href="/favicon.svg">',
    `<title>${heading}（预览）</title>`,
    `<style>${STYLE}</style>${script}</head>`,
    '<body><main>',
    `<h1>${heading}</h1>`,
    `<p class="lead">问题在${groups.length}个文件里，按文件列出如下（说明为英文）。改好文件并保存，页面会自动刷新；修正之前，网站无法发布。</p>`,
    ...groups.map(fileSection),
    '</main></body></html>',
    '',
  ].join('\n');
}

/** The same list for the terminal: a heading, then each file and its problems, one per line. */
export function problemReport(problems: readonly ContentProblem[]): string {
  const groups = groupByFile(problems);
  const lines = [`${problemHeading(problems.length)}（${groups.length}个文件）：`];
  for (const { file, problems: list } of groups) {
    lines.push('', file);
    for (const problem of list) lines.push(`  - ${formatProblem(problem)}`);
  }
  return lines.join('\n');
}
