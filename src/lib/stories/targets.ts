/**
 * The pictures and links written on one line of a story: Markdown `![alt](src)`, `[text](href)`
 * and `[label]: href` definitions, and the HTML `<img src alt>` and `<a href>` Markdown lets
 * through. A scan of the text as written, not a full Markdown parse: code and comments are
 * already removed (src/lib/stories/bodyLines.ts).
 */
import type { BodyLine } from './bodyLines.ts';

export interface Target {
  kind: 'image' | 'link';
  /** The address as written (without <> around it). */
  url: string;
  /** The image's alternative text (the words between the brackets, or alt=). */
  alt?: string;
}

/** `(address "title")` after the brackets; the address may be in <>. */
const DEST = String.raw`\(\s*(<[^>\n]*>|[^\s)]*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)`;
const IMAGE = new RegExp(String.raw`!\[([^\]]*)\]${DEST}`, 'g');
const LINK = new RegExp(String.raw`(^|[^!\\])\[([^\]]*)\]${DEST}`, 'g');
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*(<[^>\n]*>|\S+)/;
const HTML_TAG = /<(img|a)\b[^>]*>/gi;

const unwrap = (url: string) => url.replace(/^<(.*)>$/, '$1').trim();

/** The pictures or the links on a story's text lines, each with its file line. */
export function targetsOnLines(
  lines: readonly BodyLine[],
  kind: Target['kind'],
): { line: number; target: Target }[] {
  return lines.flatMap(({ line, kind: lineKind, scan }) =>
    lineKind !== 'text'
      ? []
      : targetsIn(scan)
          .filter((t) => t.kind === kind)
          .map((target) => ({ line, target })),
  );
}

export function targetsIn(line: string): Target[] {
  const targets: Target[] = [];
  for (const m of line.matchAll(IMAGE))
    targets.push({ kind: 'image', url: unwrap(m[2] ?? ''), alt: m[1] ?? '' });
  // Images out first, so that ![alt](src) is not read again as a link.
  const rest = line.replace(IMAGE, ' ');
  for (const m of rest.matchAll(LINK)) targets.push({ kind: 'link', url: unwrap(m[3] ?? '') });
  const definition = DEFINITION.exec(rest);
  if (definition) targets.push({ kind: 'link', url: unwrap(definition[1] ?? '') });
  for (const m of line.matchAll(HTML_TAG)) {
    const tag = m[0];
    if (m[1]?.toLowerCase() === 'img') {
      const alt = attribute(tag, 'alt');
      targets.push({ kind: 'image', url: attribute(tag, 'src') ?? '', alt: alt ?? '' });
    } else {
      const href = attribute(tag, 'href');
      if (href !== undefined) targets.push({ kind: 'link', url: href });
    }
  }
  return targets;
}

/** The value of an HTML attribute in a tag, quoted or not. */
function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(String.raw`\s${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`, 'i').exec(
    tag,
  );
  return m ? (m[1] ?? m[2] ?? m[3] ?? '').trim() : undefined;
}
