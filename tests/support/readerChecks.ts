/**
 * What a reader meets on a page, measured in the browser: every visible text's rendered size,
 * text cut off by its drawing or its box, chart labels drawn over each other, marks and controls
 * too small to hit, and the visible text itself (for internal markers). The inspector runs inside
 * the page (`page.evaluate(inspectPage, options)`), so it is self-contained: no imports, no
 * closures over this module.
 */
import type { Page } from 'playwright-core';

export interface InspectOptions {
  /** Smallest rendered text, CSS px. */
  minTextPx: number;
  /** Smallest side of an interactive mark or control, CSS px. */
  minTargetPx: number;
  /** Selectors of the marks a reader can hover or focus in a chart. */
  markSelector: string;
}

export interface PageFindings {
  smallText: string[];
  clipped: string[];
  overlaps: string[];
  smallTargets: string[];
  /** Every visible text, one per line, for the marker check done in Node. */
  visibleText: string;
}

export const READER_RULES: InspectOptions = {
  minTextPx: 12,
  minTargetPx: 24,
  markSelector: '.region, .point, .bar, .event, .line-point',
};

/** Runs in the page. */
export function inspectPage(options: InspectOptions): PageFindings {
  const describe = (el: Element, text = el.textContent ?? '') =>
    `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
      el.getAttribute('class') ? `.${String(el.getAttribute('class')).split(/\s+/).join('.')}` : ''
    }> "${text.trim().slice(0, 30)}"`;
  const shown = (el: Element) => {
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const rect = el.getBoundingClientRect();
    // Visually hidden text for screen readers is clipped to one pixel: not seen, not measured.
    return rect.width > 1 && rect.height > 1;
  };
  const texts: { el: Element; text: string }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const el = node.parentElement;
    if (!text || !el || el.closest('script, style, title, desc, noscript, template')) continue;
    if (shown(el)) texts.push({ el, text });
  }

  const smallText: string[] = [];
  for (const { el, text } of texts) {
    const size = parseFloat(getComputedStyle(el).fontSize);
    // The drawing's scale along the text's own direction (a rotated axis title included).
    const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
    const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
    const rendered = size * scale;
    if (rendered < options.minTextPx - 0.05)
      smallText.push(`${describe(el, text)} at ${rendered.toFixed(1)}px`);
  }

  const clipped: string[] = [];
  if (document.documentElement.scrollWidth > window.innerWidth + 1)
    clipped.push(
      `page is ${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px window`,
    );
  for (const { el } of texts) {
    if (el instanceof SVGElement) {
      const root = el.ownerSVGElement;
      // A drawing nested in another (a legend swatch) clips to the outermost one.
      let outer = root;
      while (outer?.ownerSVGElement) outer = outer.ownerSVGElement;
      if (!outer) continue;
      const box = el.getBoundingClientRect();
      const frame = outer.getBoundingClientRect();
      if (
        box.left < frame.left - 1 ||
        box.right > frame.right + 1 ||
        box.top < frame.top - 1 ||
        box.bottom > frame.bottom + 1
      )
        clipped.push(`${describe(el)} runs outside its drawing`);
    } else {
      const style = getComputedStyle(el);
      const hides = ['hidden', 'clip'].includes(style.overflowX);
      if ((hides || style.textOverflow === 'ellipsis') && el.scrollWidth > el.clientWidth + 1)
        clipped.push(`${describe(el)} is cut off by its box`);
    }
  }

  const overlaps: string[] = [];
  for (const svg of document.querySelectorAll('svg')) {
    if (svg.ownerSVGElement || !shown(svg)) continue;
    const labels = [...svg.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() !== '' && shown(t))
      .map((t) => ({ t, box: t.getBoundingClientRect() }));
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!;
        const b = labels[j]!;
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        // Glyph boxes include line spacing: a sliver of shared box is not a collision.
        if (w > 2 && h > 3) overlaps.push(`${describe(a.t)} overlaps ${describe(b.t)}`);
      }
  }

  const smallTargets: string[] = [];
  const controls = document.querySelectorAll(
    `${options.markSelector}, svg [tabindex], button, select, summary, input:not([type=hidden])`,
  );
  for (const el of controls) {
    if (!shown(el) && !(el instanceof HTMLInputElement)) continue;
    // A checkbox's target is its label; a visually hidden input is operated through it.
    const target =
      el instanceof HTMLInputElement && el.labels?.[0] ? el.labels[0] : (el as Element);
    if (!shown(target)) continue;
    const box = target.getBoundingClientRect();
    if (box.width < options.minTargetPx - 0.5 || box.height < options.minTargetPx - 0.5)
      smallTargets.push(
        `${describe(target)} is ${box.width.toFixed(0)}×${box.height.toFixed(0)}px`,
      );
  }

  return {
    smallText,
    clipped,
    overlaps,
    smallTargets,
    visibleText: texts.map((t) => t.text).join('\n'),
  };
}

/** Loads the page in the given context and inspects it. */
export async function inspect(page: Page, url: string): Promise<PageFindings> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(inspectPage, READER_RULES);
}

/**
 * Internal markers in visible text: the given slugs and codes as whole tokens, file names, and
 * words no reader-facing sentence contains.
 */
export function internalMarkers(text: string, tokens: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/[\w./-]+\.(?:ya?ml|csv|tsx?|json|astro)\b/g)) found.add(m[0]);
  for (const m of text.matchAll(/\b(?:TODO|FIXME|TBD|undefined|null|NaN|\[object Object\])\b/g))
    found.add(m[0]);
  for (const m of text.matchAll(/A journalist|re-source|research note|见 ?conflicts/gi))
    found.add(m[0]);
  // A token counts only on its own: not inside a longer word, number or address.
  for (const m of text.matchAll(/(?<![\w./:-])[\w-]+(?![\w/:-]|\.\w)/g))
    if (tokens.has(m[0])) found.add(m[0]);
  return [...found];
}
