// The size every text of an SVG is drawn at, in the SVG's own pixels: font-size times the scale
// of the nested <svg> viewBoxes and transforms around it. Tests use it to check that an image
// drawn from the SVG is legible at phone width.
import { XMLParser } from 'fast-xml-parser';

type Attributes = Record<string, string>;
type XmlNode = Record<string, unknown> & { ':@'?: Attributes; '#text'?: unknown };

export interface DrawnText {
  text: string;
  /** px in the outermost SVG's coordinates. */
  size: number;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  trimValues: false,
});

/** How much an element's transform scales its content (the x axis: our charts never skew). */
export function transformScale(transform: string | undefined): number {
  let scale = 1;
  for (const [, name, args] of (transform ?? '').matchAll(/(\w+)\(([^)]*)\)/g)) {
    const n = (args ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (name === 'scale') scale *= n[0] ?? 1;
    if (name === 'matrix') scale *= Math.hypot(n[0] ?? 1, n[1] ?? 0);
  }
  return scale;
}

/** A nested <svg>'s scale: its width over its viewBox's width. */
function viewportScale(attributes: Attributes, outermost: boolean): number {
  const box = attributes['viewBox']?.split(/[\s,]+/).map(Number);
  const width = Number.parseFloat(attributes['width'] ?? '');
  if (outermost || !box || !(box[2] ?? 0) || !Number.isFinite(width)) return 1;
  return width / (box[2] ?? 1);
}

function fontSize(value: string | undefined, style: string | undefined): number | undefined {
  const fromStyle = /font-size:\s*([\d.]+)/.exec(style ?? '')?.[1];
  const raw = fromStyle ?? value;
  return raw === undefined ? undefined : Number.parseFloat(raw);
}

export function drawnTexts(svg: string): DrawnText[] {
  const found: DrawnText[] = [];
  const walk = (nodes: XmlNode[], scale: number, size: number, depth: number, inText: boolean) => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((k) => k !== ':@');
      if (!tag || tag === '#text') {
        const text = String(node['#text'] ?? '').trim();
        if (inText && text !== '') found.push({ text, size: size * scale });
        continue;
      }
      const attributes = node[':@'] ?? {};
      if (attributes['display'] === 'none' || tag === 'title' || tag === 'desc') continue;
      const own =
        scale *
        (tag === 'svg' ? viewportScale(attributes, depth === 0) : 1) *
        transformScale(attributes['transform']);
      const ownSize = fontSize(attributes['font-size'], attributes['style']) ?? size;
      walk(node[tag] as XmlNode[], own, ownSize, depth + 1, inText || tag === 'text');
    }
  };
  walk(parser.parse(svg) as XmlNode[], 1, 16, 0, false);
  return found;
}
