/**
 * A story's prose as WeChat takes it: parsed (not matched with patterns) and written again with
 * a small set of elements, each with an inline style — `section`, `p`, `h3`, `strong`, `em`,
 * `span`, `sup`, `br`, lists and our images. Every link becomes its text and a reference number
 * (see ./references.ts); scripts, frames, forms and text for screen readers only are left out.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { el, escapeText, img, refMark } from './html.ts';
import type { References } from './references.ts';
import type { WechatStyle } from './styles.ts';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;

/** Elements whose content is never part of the article. */
const DROPPED = new Set(
  'script style iframe frame frameset noscript template object embed form input button select textarea svg math video audio canvas head title meta link'.split(
    ' ',
  ),
);

/** Elements written again as another element with a style: [tag, style]. */
const RENAMED: Record<string, [string, WechatStyle | undefined]> = {
  p: ['p', 'p'],
  h1: ['h3', 'h2'],
  h2: ['h3', 'h2'],
  h3: ['p', 'h3'],
  h4: ['p', 'h3'],
  h5: ['p', 'h3'],
  h6: ['p', 'h3'],
  ul: ['ul', 'list'],
  ol: ['ol', 'list'],
  li: ['li', 'li'],
  strong: ['strong', undefined],
  b: ['strong', undefined],
  em: ['em', undefined],
  i: ['em', undefined],
  cite: ['em', undefined],
  code: ['span', 'code'],
  kbd: ['span', 'code'],
  samp: ['span', 'code'],
  sup: ['sup', undefined],
  blockquote: ['section', 'quote'],
  div: ['section', undefined],
  section: ['section', undefined],
  article: ['section', undefined],
  aside: ['section', 'quote'],
  figure: ['section', 'figure'],
  figcaption: ['p', 'caption'],
  details: ['section', undefined],
  summary: ['p', 'h3'],
  dl: ['section', undefined],
  dt: ['p', 'h3'],
  dd: ['p', 'p'],
};

/** An image a WeChat article can carry: one of the site's own PNG or JPEG files. */
export function isOwnImage(src: string): boolean {
  return /^\/(?!\/)[^?#]*\.(?:png|jpe?g)$/i.test(src);
}

const hiddenForReaders = (node: Element) =>
  (node.attribs['class'] ?? '').split(/\s+/).includes('visually-hidden') ||
  node.attribs['aria-hidden'] === 'true' ||
  node.attribs['hidden'] !== undefined;

function children(node: Element, refs: References): string {
  return node.children.map((child) => convert(child, refs)).join('');
}

/** A table as lines of text: WeChat's editor mangles tables on narrow screens. */
function table(node: Element, refs: References): string {
  const rows = DomUtils.getElementsByTagName('tr', node);
  return rows
    .map((row) => {
      const cells = row.children.filter(
        (c): c is Element => DomUtils.isTag(c) && (c.name === 'td' || c.name === 'th'),
      );
      return el('p', 'p', cells.map((cell) => children(cell, refs)).join('　|　'));
    })
    .join('');
}

function image(node: Element): string {
  const src = node.attribs['src'] ?? '';
  const alt = node.attribs['alt'] ?? '';
  if (isOwnImage(src)) return img(src, alt);
  return alt ? `［图：${escapeText(alt)}］` : '';
}

function element(node: Element, refs: References): string {
  const name = node.name.toLowerCase();
  if (DROPPED.has(name) || hiddenForReaders(node)) return '';
  const renamed = RENAMED[name];
  if (renamed) return el(renamed[0], renamed[1], children(node, refs));
  switch (name) {
    case 'a': {
      const href = node.attribs['href']?.trim();
      return children(node, refs) + (href ? refMark(refs.number(href)) : '');
    }
    case 'img':
      return image(node);
    case 'br':
      return '<br>';
    case 'hr':
      return el('section', 'rule', '');
    case 'table':
      return table(node, refs);
    default:
      // span, abbr, time, mark, small…: their content, without the element.
      return children(node, refs);
  }
}

function convert(node: Node, refs: References): string {
  if (DomUtils.isText(node)) return escapeText(node.data);
  if (DomUtils.isTag(node)) return element(node, refs);
  return '';
}

/** A fragment of a story's rendered HTML as WeChat-safe HTML; its links numbered in `refs`. */
export function wechatProse(html: string, refs: References): string {
  return parseDocument(html)
    .children.map((node) => convert(node, refs))
    .join('');
}
