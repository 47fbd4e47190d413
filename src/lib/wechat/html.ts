/** Writing the WeChat article's HTML: escaped text and elements with an inline style only. */
import { WECHAT_STYLE, type WechatStyle } from './styles.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Text (or an attribute value) as HTML. */
export function escapeText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** `<tag style="…">inner</tag>`; `inner` is HTML already. */
export function el(tag: string, style: WechatStyle | undefined, inner: string): string {
  const attr = style ? ` style="${escapeText(WECHAT_STYLE[style])}"` : '';
  return `<${tag}${attr}>${inner}</${tag}>`;
}

/** The superscript reference mark "[n]" after a link's text. */
export function refMark(n: number): string {
  return el('sup', 'ref', `[${n}]`);
}

/** An image of ours: an address of the site (made absolute when copied) and its description. */
export function img(src: string, alt: string): string {
  return `<img src="${escapeText(src)}" alt="${escapeText(alt)}" style="${WECHAT_STYLE.image}">`;
}
