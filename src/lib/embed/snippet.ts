/**
 * The embed code an editor copies: an iframe with a title, a reserved height (no layout shift
 * before the first height message), lazy loading and a strict referrer policy, the loader
 * script, and a plain link for hosts that strip iframes.
 */
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SnippetInput {
  /** The site's address, e.g. https://central-china-chain.example */
  site: string;
  id: string;
  title: string;
  /** Height to reserve, in CSS pixels. */
  height: number;
}

export function embedSnippet({ site, id, title, height }: SnippetInput): string {
  const base = site.replace(/\/$/, '');
  return [
    `<iframe src="${base}/embed/${id}/" title="${escape(title)}" data-ccc-embed="${id}" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" width="100%" height="${height}" style="width:100%;height:${height}px;border:0"></iframe>`,
    `<script src="${base}/embed.js" async></script>`,
    `<p><a href="${base}/charts/${id}/">${escape(title)}(查看图表与数据)</a></p>`,
  ].join('\n');
}

/**
 * The height to reserve for an embed at a typical article width: the chart's own aspect plus
 * the text around it (title, switch, summary, notes, source lines).
 * @example reservedHeight({ viewBox: [520, 566], textLines: 6 }, 600) // 849
 */
export function reservedHeight(
  chart: { viewBox?: [number, number]; maxSvgWidth?: number; textLines: number },
  width = 600,
): number {
  const svgWidth = Math.min(width, chart.maxSvgWidth ?? width);
  const svg = chart.viewBox ? Math.round((svgWidth * chart.viewBox[1]) / chart.viewBox[0]) : 0;
  return svg + chart.textLines * 26 + 40;
}
