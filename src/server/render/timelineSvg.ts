/**
 * Renders a timeline twice, and the page shows the one that fits (a container query in
 * global.css): wide, one lane per place or group on a time axis; narrow, time running down with
 * one row per event. A date known to the day is a dot; one known only to the month or year is a
 * ring at the start of that period, with a faint dashed whisker over it in the wide layout.
 */
import type { Annotation } from '../../lib/charts/kinds/annotations.ts';
import type { TimelineView } from '../../lib/charts/kinds/timeline.ts';
import { COLOURS, FONT_STACK } from '../../lib/charts/theme.ts';
import { TARGET } from '../../lib/charts/timeline.ts';
import { attrs, esc, svgDocument, type Svg, type SvgText } from './svg.ts';
import {
  categoryColours,
  eventGroup,
  label,
  legendSvg,
  markSvg,
  TARGET_PAINT,
} from './timelineMarks.ts';

export { categoryColours };

/**
 * The wide drawing is the chart's picture (its size, body and exports); the markup holds both
 * drawings, the narrow one after it.
 */
export function timelineSvg(
  view: TimelineView,
  text: SvgText,
  annotations: readonly Annotation[] = [],
): Svg {
  const spec = view.timeline;
  const legend = legendSvg(view, spec.width - 8, spec.plotBottom);
  const body = gridSvg(view) + marksSvg(view, annotations) + legend.svg;
  const height = Math.max(spec.height, spec.plotBottom + legend.lines * 24 + 8);
  return svgDocument({ width: spec.width, height }, text, 'timeline', body, {
    'font-family': FONT_STACK,
  });
}

/** Year lines with labels, lane names and lane separators. The last line closes the final year. */
function gridSvg({ timeline: spec }: TimelineView): string {
  const right = spec.years.at(-1)?.x ?? spec.width;
  const years = spec.years
    .map(
      (y, i) =>
        `<line${attrs({ x1: y.x, x2: y.x, y1: 24, y2: spec.plotBottom, stroke: 'currentColor', 'stroke-opacity': 0.3 })}/>` +
        (i < spec.years.length - 1 ? label(y.x + 4, 18, String(y.year)) : ''),
    )
    .join('');
  const lanes = spec.rows
    .map(
      (r) =>
        label(0, r.y + 5, r.label) +
        `<line${attrs({ x1: 0, x2: right, y1: r.bottom, y2: r.bottom, stroke: 'currentColor', 'stroke-opacity': 0.15 })}/>`,
    )
    .join('');
  return years + lanes;
}

/** Each event: its target, a whisker over an imprecise date's period, its mark; notes above. */
function marksSvg(view: TimelineView, annotations: readonly Annotation[]): string {
  const colours = categoryColours(view);
  const noteOf = new Map(annotations.map((a) => [a.at, a.text]));
  return view.timeline.events
    .map((e) => {
      const colour = colours.get(e.category) ?? COLOURS.mark;
      const target = `<circle${attrs({ cx: e.x, cy: e.y, r: TARGET / 2, ...TARGET_PAINT })}/>`;
      const whisker = e.exact
        ? ''
        : `<line${attrs({ x1: e.x0 + 5, x2: Math.max(e.x0 + 5, e.x1), y1: e.y, y2: e.y, stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': '2 3' })}/>`;
      const note = noteOf.get(e.date);
      const annotation = note
        ? `<text${attrs({ class: 'annotation', x: e.x, y: e.y - 10, 'font-size': 14, 'font-style': 'italic', fill: 'currentColor' })}>${esc(note)}</text>`
        : '';
      return eventGroup(e, target, whisker + markSvg(e.exact, e.x, e.y, colour)) + annotation;
    })
    .join('');
}
