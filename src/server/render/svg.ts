/** Small helpers for writing SVG and HTML strings safely. */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in markup and attribute values. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Renders attributes, skipping undefined and false ones. */
export function attrs(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(v as string | number)}"`))
    .join('');
}

/** A chart's SVG: its drawing and its size, so pages and exports place it without parsing it. */
export interface Svg {
  width: number;
  height: number;
  /** The drawing alone, without title and description (for nesting in exports). */
  body: string;
  /** The whole <svg> element, with role, title and description for screen readers. */
  markup: string;
}

export interface SvgText {
  /** Unique per view on a page: ids of title and description derive from it. */
  uid: string;
  title: string;
  desc: string;
}

/** Wraps a drawing as an accessible, responsive SVG element. */
export function svgDocument(
  size: { width: number; height: number },
  text: SvgText,
  kind: string,
  body: string,
  extra: Record<string, string | number | undefined> = {},
): Svg {
  const open = `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
    viewBox: `0 0 ${size.width} ${size.height}`,
    role: 'img',
    'aria-labelledby': `${text.uid}-title ${text.uid}-desc`,
    class: `chart-svg chart-svg-${kind}`,
    ...extra,
  })}>`;
  const head = `<title id="${text.uid}-title">${esc(text.title)}</title><desc id="${text.uid}-desc">${esc(text.desc)}</desc>`;
  return { ...size, body, markup: `${open}${head}${body}</svg>` };
}
