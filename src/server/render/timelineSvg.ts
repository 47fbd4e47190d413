/**
 * Renders a timeline as an SVG strip: one lane per place or group, a mark per event spanning its
 * date's precision (a day is a dot, a month or a year a band), coloured by category.
 */
import type { Annotation } from '../../lib/charts/kinds/annotations.ts';
import type { TimelineView } from '../../lib/charts/kinds/timeline.ts';
import { CHART_ATTRS } from '../../lib/charts/markAttributes.ts';
import { CATEGORICAL, COLOURS, FONT_STACK } from '../../lib/charts/theme.ts';
import { attrs, esc, svgDocument, type Svg, type SvgText } from './svg.ts';

/** The colour of each category, in the order the view lists them. */
export function categoryColours(view: TimelineView): Map<string, string> {
  return new Map(
    view.categories.map((c, i) => [c.key, CATEGORICAL[i % CATEGORICAL.length] ?? COLOURS.mark]),
  );
}

export function timelineSvg(
  view: TimelineView,
  text: SvgText,
  annotations: readonly Annotation[] = [],
): Svg {
  const spec = view.timeline;
  const body = gridSvg(view) + marksSvg(view, annotations) + legendSvg(view);
  return svgDocument({ width: spec.width, height: spec.height }, text, 'timeline', body, {
    'font-family': FONT_STACK,
  });
}

/** Year lines with labels, and the lane names. The last line closes the final year, unlabelled. */
function gridSvg({ timeline: spec }: TimelineView): string {
  const years = spec.years
    .map(
      (y, i) =>
        `<line${attrs({ x1: y.x, x2: y.x, y1: 16, y2: spec.height - 20, stroke: 'currentColor', 'stroke-opacity': 0.25 })}/>` +
        (i < spec.years.length - 1
          ? `<text${attrs({ x: y.x + 3, y: 12, 'font-size': 11, fill: 'currentColor' })}>${y.year}</text>`
          : ''),
    )
    .join('');
  const lanes = spec.rows
    .map(
      (r) =>
        `<text${attrs({ x: 4, y: r.y + 4, 'font-size': 12, fill: 'currentColor' })}>${esc(r.label)}</text>`,
    )
    .join('');
  return years + lanes;
}

/** A dot for a day, a band for a month or a year, coloured by category; annotations above. */
function marksSvg(view: TimelineView, annotations: readonly Annotation[]): string {
  const colours = categoryColours(view);
  const noteOf = new Map(annotations.map((a) => [a.at, a.text]));
  return view.timeline.events
    .map((e) => {
      const common = {
        class: 'event',
        'data-id': e.id,
        [CHART_ATTRS.lane]: e.row,
        [CHART_ATTRS.category]: e.category,
        [CHART_ATTRS.tip]: `${e.dateText} ${e.text}`,
        fill: colours.get(e.category) ?? COLOURS.mark,
      };
      const note = noteOf.get(e.date);
      const annotation = note
        ? `<text${attrs({ class: 'annotation', x: e.x0, y: e.y - 8, 'font-size': 11, 'font-style': 'italic', fill: 'currentColor' })}>${esc(note)}</text>`
        : '';
      const mark =
        e.precision === 'day'
          ? `<circle${attrs({ ...common, cx: e.x0, cy: e.y, r: 5, 'fill-opacity': 0.85, stroke: COLOURS.paper, 'stroke-width': 1 })}/>`
          : `<rect${attrs({ ...common, x: e.x0, y: e.y - 5, width: Math.max(2, e.x1 - e.x0), height: 10, rx: 3, 'fill-opacity': 0.45 })}/>`;
      return mark + annotation;
    })
    .join('');
}

/** What the colours mean; none when there is only one category. */
function legendSvg(view: TimelineView): string {
  if (view.categories.length < 2) return '';
  const colours = categoryColours(view);
  const y = view.timeline.height - 6;
  const title = view.categoryTitle ? `${view.categoryTitle}:` : '';
  return (
    `<text${attrs({ x: 4, y, 'font-size': 11, fill: 'currentColor' })}>${esc(title)}</text>` +
    view.categories
      .map(
        (c, i) =>
          `<circle${attrs({ cx: 70 + i * 90, cy: y - 4, r: 5, fill: colours.get(c.key) })}/><text${attrs({ x: 80 + i * 90, y, 'font-size': 11, fill: 'currentColor' })}>${esc(c.label)}</text>`,
      )
      .join('')
  );
}
