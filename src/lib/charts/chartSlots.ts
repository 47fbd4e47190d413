/**
 * A story is stored with an empty slot where each chart goes, and the chart's figure is put in
 * when the page is written. The content store then holds the prose alone: a chart's markup is
 * rendered once per chart, not copied into every story's stored HTML (with 200 synthetic stories
 * the copies made the store 42 MB, serialised and compiled again at every build).
 */

const SLOT = /<div data-chart-slot="([a-z0-9-]+)"><\/div>/g;

/** A piece of a story's stored HTML: prose, or the place of a chart. */
export type StoryPart = { kind: 'html'; html: string } | { kind: 'chart'; id: string };

/** The placeholder for chart `id` (a validated chart id: lower-case letters, digits, hyphens). */
export function chartSlot(id: string): string {
  return `<div data-chart-slot="${id}"></div>`;
}

/** Splits `html` at its slots, in order, leaving out the empty prose between adjacent slots. */
export function splitChartSlots(html: string): StoryPart[] {
  const parts: StoryPart[] = [];
  let from = 0;
  for (const match of html.matchAll(SLOT)) {
    if (match.index > from) parts.push({ kind: 'html', html: html.slice(from, match.index) });
    parts.push({ kind: 'chart', id: match[1] ?? '' });
    from = match.index + match[0].length;
  }
  if (from < html.length) parts.push({ kind: 'html', html: html.slice(from) });
  return parts;
}

/** Replaces every slot in `html` with `figure(id)`. */
export function fillChartSlots(html: string, figure: (id: string) => string): string {
  return splitChartSlots(html)
    .map((part) => (part.kind === 'html' ? part.html : figure(part.id)))
    .join('');
}
