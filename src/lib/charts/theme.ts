/**
 * Colours and fonts of the charts, shared by every renderer and the exported SVG files. The same
 * values are the design tokens of src/styles/tokens.css (a test keeps the two in step). SVG
 * files carry literal colours rather than CSS variables, so an exported file looks the same in
 * any viewer.
 */

/** The CJK system font stack; single quotes, so it can sit inside an SVG attribute. */
export const FONT_STACK =
  "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

export const COLOURS = {
  /** Ink on a light background (tokens.css --color-text, light). */
  text: '#1b1f24',
  /** Secondary text (tokens.css --color-muted, light). */
  muted: '#545b64',
  /** The story's subject (tokens.css --color-accent, light). */
  accent: '#b3400b',
  /** Other marks: a mid blue of the sequential scheme. */
  mark: '#2c7fb8',
  /** Grid lines, readable on light and dark. */
  grid: 'rgba(128,128,128,0.35)',
  /** Hatching of "no data". */
  noData: '#8a8f96',
  noDataBackground: '#eceef1',
  paper: '#ffffff',
} as const;

/**
 * Categorical colours for timeline categories: mid-tones with at least 3:1 contrast on both the
 * light (#ffffff) and the dark (#14171b) page, since the SVG carries one colour for both.
 */
export const CATEGORICAL = [
  '#2c7fb8',
  '#d9600f',
  '#9061c2',
  '#1b8a5a',
  '#c43d7d',
  '#a0680a',
] as const;

/** Greys for the lines that are not the story's subject. */
export const CONTEXT_LINE = '#8a96a3';
