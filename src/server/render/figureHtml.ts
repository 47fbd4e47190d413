/**
 * The HTML of a chart as placed in a page: title, metric switch (plain links, so every view is
 * reachable without JavaScript), the build-time SVG, summary, notes, data table or event list,
 * and the source line. A string, so Markdown stories, chart pages and embeds share one markup.
 */
import { formatDateZh } from '../../lib/format/partialDate.ts';
import type { TableCell } from '../../lib/data/tableView.ts';
import type { RenderedChart } from '../charts.ts';
import { CHART_ATTRS } from '../../lib/charts/markAttributes.ts';
import { attrs, esc } from './svg.ts';

export interface FigureOptions {
  /** The metric shown first; the chart's first metric by default. */
  metric?: string | undefined;
  /** On the chart's own page the table is open and there is no link to the page itself. */
  standalone?: boolean;
  /** Base for links inside the figure ("" on this site; the site's address in embeds). */
  base?: string;
  /** The embed code to offer in a share panel; none in embeds themselves. */
  embedCode?: string;
}

export function figureHtml(chart: RenderedChart, options: FigureOptions = {}): string {
  const base = options.base ?? '';
  const active = chart.views.find((v) => v.metric === options.metric) ?? chart.views[0];
  const shown = chart.switchMode === 'recolour' ? [active] : chart.views;
  const summary = chart.views.length > 1 ? (active?.summary ?? chart.summary) : chart.summary;
  const href = (metric: string | undefined, i: number) =>
    i === 0 || metric === undefined
      ? `${base}/charts/${chart.id}/`
      : `${base}/charts/${chart.id}/${metric}/`;
  const parts: string[] = [];
  parts.push(
    `<figcaption><span class="chart-title">${esc(chart.title)}</span>${chart.subtitle ? `<span class="chart-subtitle">${esc(chart.subtitle)}</span>` : ''}</figcaption>`,
  );
  if (chart.views.length > 1) {
    const links = chart.views.map(
      (v, i) =>
        `<a${attrs({ href: href(v.metric, i), [CHART_ATTRS.metric]: v.metric, 'aria-current': v === active ? 'true' : undefined })}>${esc(v.label ?? '')}</a>`,
    );
    parts.push(
      `<nav class="metric-switch" aria-label="切换指标:${esc(chart.title)}">${links.join('')}</nav>`,
    );
  }
  if (chart.kind !== 'table') {
    const views = shown.map(
      (v) =>
        `<div${attrs({ class: 'chart-view', [CHART_ATTRS.metric]: v?.metric, hidden: v !== active })}>${v?.svg?.markup ?? ''}</div>`,
    );
    parts.push(`<div class="chart-views">${views.join('')}</div>`);
  }
  parts.push(`<p class="chart-summary" aria-live="polite">${esc(summary)}</p>`);
  if (chart.annotations.length > 0) parts.push(annotationsHtml(chart));
  if (chart.notes.length > 0)
    parts.push(
      `<ul class="chart-notes">${chart.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`,
    );
  parts.push(
    chart.listing
      ? chart.listing(base)
      : tableHtml(chart, options.standalone === true || chart.kind === 'table', base),
  );
  parts.push(sourceLineHtml(chart, base));
  if (options.embedCode) parts.push(sharePanelHtml(chart, options.embedCode));
  if (!options.standalone)
    parts.push(
      `<p class="chart-links"><a href="${base}/charts/${esc(chart.id)}/">图表页:数据、来源与下载</a></p>`,
    );
  const figureAttrs = attrs({
    class: `chart chart-${chart.kind}`,
    id: `chart-${chart.id}`,
    [CHART_ATTRS.chart]: chart.id,
    [CHART_ATTRS.switchMode]: chart.switchMode,
    [CHART_ATTRS.metrics]: chart.views.map((v) => v.metric ?? '').join(' '),
    [CHART_ATTRS.summaries]: JSON.stringify(
      Object.fromEntries(chart.views.map((v) => [v.metric ?? '', v.summary])),
    ),
  });
  return `<figure${figureAttrs}>${parts.join('')}</figure>`;
}

function cellHtml(cell: TableCell, base: string): string {
  if (cell.kind === 'missing') return '<em class="missing">无数据</em>';
  if (cell.kind === 'sources')
    return cell.ids
      .map((id) => `<a href="${base}/data/#source-${esc(id)}">[${esc(id)}]</a>`)
      .join(' ');
  return esc(cell.text);
}

function tableHtml(chart: RenderedChart, open: boolean, base: string): string {
  const head = chart.table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const rows = chart.table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${cellHtml(cell, base)}</th>` : `<td>${cellHtml(cell, base)}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<details class="chart-data"${open ? ' open' : ''}><summary>数据表(${chart.table.rows.length} 行)</summary><div class="table-scroll" role="region" aria-label="${esc(chart.title)}:数据表" tabindex="0"><table><caption class="visually-hidden">${esc(chart.title)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></details>`;
}

/** What the chart's annotations say and where they point, for every reader. */
function annotationsHtml(chart: RenderedChart): string {
  const items = chart.annotations.map(
    (a) => `<li><span class="annotation-target">${esc(a.target ?? a.at)}</span>:${esc(a.text)}</li>`,
  );
  return `<ul class="chart-annotations" aria-label="图中标注">${items.join('')}</ul>`;
}

/**
 * The source line names each publisher once, linked to its first document; the full list of
 * documents follows in a collapsed list, so a chart built on forty reports stays readable.
 */
function sourceLineHtml(chart: RenderedChart, base: string): string {
  const byPublisher = new Map<string, RenderedChart['sources'][number]>();
  for (const source of chart.sources)
    if (!byPublisher.has(source.publisher)) byPublisher.set(source.publisher, source);
  const names = [...byPublisher.values()].map(
    (s) => `<a href="${base}/data/#source-${esc(s.id)}">${esc(s.publisher)}</a>`,
  );
  const documents = chart.sources.map((s) => {
    const name = `${esc(s.publisher)}《${esc(s.title)}》`;
    const link = s.url ? `<a href="${esc(s.url)}" rel="noopener noreferrer">${name}</a>` : name;
    return `<li>${link}${s.date ? `(${esc(formatDateZh(s.date))})` : ''}</li>`;
  });
  const only = chart.sources.length === 1 ? chart.sources[0] : undefined;
  const original = only?.url
    ? ` · <a href="${esc(only.url)}" rel="noopener noreferrer">原文</a>`
    : '';
  const line = `<p class="chart-source"><span class="label">来源:</span>${names.join('、')}${original}</p>`;
  return chart.sources.length <= 1
    ? line
    : `${line}<details class="chart-documents"><summary>全部 ${chart.sources.length} 份来源文件</summary><ol>${documents.join('')}</ol></details>`;
}

/** Embed code with a copy button, and the image and data downloads. */
function sharePanelHtml(chart: RenderedChart, code: string): string {
  const id = `embed-code-${chart.id}`;
  return (
    `<details class="share-panel"><summary>分享与嵌入</summary>` +
    `<label for="${id}">嵌入代码(复制到其他文章的 HTML 中,图表会自动调整高度):</label>` +
    `<textarea id="${id}" class="embed-code" readonly rows="6">${esc(code)}</textarea>` +
    `<p><button type="button" class="copy-embed" data-target="${id}" hidden>复制代码</button> <span class="copy-status" aria-live="polite"></span></p>` +
    `<ul class="downloads">` +
    `<li><a href="/charts/${esc(chart.id)}.svg" download>SVG 图片</a>(含标题、来源与署名)</li>` +
    `<li><button type="button" class="download-png" data-svg="/charts/${esc(chart.id)}.svg" data-name="${esc(chart.id)}.png" hidden>PNG 图片(2 倍)</button></li>` +
    `<li><a href="/data/${esc(chart.id)}.csv" download>数据 CSV</a>(所画的每一行及其来源)</li>` +
    `<li><a href="/charts/${esc(chart.id)}.json">元数据 JSON</a></li>` +
    `</ul></details>`
  );
}
