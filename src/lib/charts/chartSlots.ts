/**
 * A story is stored with an empty slot where each chart goes, and the chart's figure is put in
 * when the page is written. The content store then holds the prose alone: a chart's markup is
 * rendered once per chart, not copied into every story's stored HTML (with 200 synthetic stories
 * the copies made the store 42 MB, serialised and compiled again at every build).
 */

const SLOT = /<div data-chart-slot="([a-z0-9-]+)"><\/div>/g;

/** The placeholder for chart `id` (a validated chart id: lower-case letters, digits, hyphens). */
export function chartSlot(id: string): string {
  return `<div data-chart-slot="${id}"></div>`;
}

/** Replaces every slot in `html` with `figure(id)`. */
export function fillChartSlots(html: string, figure: (id: string) => string): string {
  return html.replace(SLOT, (_, id: string) => figure(id));
}
