/**
 * Where the build puts the images made from charts and pages (src/pages/charts/*.png.ts and
 * src/pages/og/): one PNG per chart view, 1080 px wide, and one 1200×630 share card per chart
 * view page and story. The first view of a chart is the chart's own address.
 * @example viewImagePath('filings-map', 'parks', false) // '/charts/filings-map/parks.png'
 */
export function viewImagePath(chart: string, metric: string | undefined, first: boolean): string {
  return first || metric === undefined ? `/charts/${chart}.png` : `/charts/${chart}/${metric}.png`;
}

/** The same view as a self-contained SVG file (the PNG is drawn from it). */
export function viewSvgPath(chart: string, metric: string | undefined, first: boolean): string {
  return viewImagePath(chart, metric, first).replace(/\.png$/, '.svg');
}

/** The share card (og:image) of a chart view's page. */
export function chartCardPath(chart: string, metric: string | undefined, first: boolean): string {
  return first || metric === undefined
    ? `/og/charts/${chart}.png`
    : `/og/charts/${chart}/${metric}.png`;
}

/** The share card (og:image) of a story. */
export function storyCardPath(slug: string): string {
  return `/og/stories/${slug}.png`;
}

/** The share card of every page without one of its own (home, data, methodology…). */
export const SITE_CARD_PATH = '/og/site.png';

/** The width of a chart image: three times a 360 px phone, so 12 px text is 36 image px. */
export const IMAGE_WIDTH = 1080;
/** The size of a share card, as Open Graph and WeChat expect it. */
export const CARD = { width: 1200, height: 630 } as const;
