/**
 * What an embed address may say beyond the chart: the view (a path segment, so it works without
 * JavaScript), the full source list instead of the compact credit line (a path segment too), and
 * the theme (`?theme=`, read by a blocking script in the embed's head before anything is drawn).
 * Every value comes from a URL, so only the listed ones count; anything else is ignored.
 */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof THEMES)[number];
export const VARIANTS = ['compact', 'full'] as const;
export type EmbedVariant = (typeof VARIANTS)[number];
/** The path segment of the full variant: /embed/<id>/[<metric>/]full/. */
export const FULL_SEGMENT = 'full';

/**
 * The theme an embed address asks for; "auto" (follow the reader) for anything else.
 * @example pickTheme('?theme=light') // 'light'
 * @example pickTheme('?theme=<b>') // 'auto'
 */
export function pickTheme(search: string): EmbedTheme {
  const wanted = new URLSearchParams(search).get('theme');
  return THEMES.find((t) => t === wanted) ?? 'auto';
}

export interface EmbedView {
  id: string;
  /** The view's metric; undefined for the default view. */
  metric?: string | undefined;
  variant: EmbedVariant;
  theme: EmbedTheme;
}

/**
 * The embed page's address for a view, a variant and a theme.
 * @example embedPath({ id: 'filings-map', metric: 'gdp-2019', variant: 'full', theme: 'light' }) // '/embed/filings-map/gdp-2019/full/?theme=light'
 */
export function embedPath({ id, metric, variant, theme }: EmbedView): string {
  const segments = [id, metric, variant === 'full' ? FULL_SEGMENT : undefined].filter(Boolean);
  return `/embed/${segments.join('/')}/${theme === 'auto' ? '' : `?theme=${theme}`}`;
}
