/**
 * The timeline for a phone: time running down, a heading per year, one row per event with its
 * mark on a rail, the date, the place and the event cut to one line (the whole text is in the
 * row's tooltip and in the event list). Each row is its own target, the full row wide.
 */
import type { TimelineView } from '../../lib/charts/kinds/timeline.ts';
import { COLOURS, FONT_STACK } from '../../lib/charts/theme.ts';
import { NARROW, NARROW_ATTRS, verticalSpec } from '../../lib/charts/timelineVertical.ts';
import { attrs, svgDocument, type Svg, type SvgText } from './svg.ts';
import {
  categoryColours,
  eventGroup,
  label,
  legendSvg,
  markSvg,
  TARGET_PAINT,
} from './timelineMarks.ts';

export function narrowTimelineSvg(view: TimelineView, text: SvgText): Svg {
  const n = NARROW;
  const legend = legendSvg(view, n.width - 4, 0);
  const spec = verticalSpec(view.timeline.events, (e) => e.place ?? '', legend.lines);
  const colours = categoryColours(view);
  const rail = `<line${attrs({ class: 'rail', x1: n.railX, x2: n.railX, y1: spec.top + 8, y2: spec.height - 8, stroke: 'currentColor', 'stroke-opacity': 0.3 })}/>`;
  // Document order is top-to-bottom order, each element with the height of its slot, so the
  // page script can close the gaps the filters leave (src/client/timelineFilters.ts).
  const slot = (height: number, year: number) => ({
    [NARROW_ATTRS.slot]: height,
    [NARROW_ATTRS.year]: year,
  });
  const rowSvg = (r: (typeof spec.rows)[number]) => {
    const target = `<rect${attrs({ x: 0, y: r.y - n.rowHeight / 2 + 1, width: n.width, height: n.rowHeight - 2, rx: 4, ...TARGET_PAINT })}/>`;
    const colour = colours.get(r.event.category) ?? COLOURS.mark;
    const drawn =
      markSvg(r.event.exact, n.railX, r.y, colour) +
      label(n.dateX, r.y + 5, r.date) +
      label(n.placeX, r.y + 5, r.place) +
      label(n.labelX, r.y + 5, r.label);
    return eventGroup(r.event, target, drawn, slot(n.rowHeight, Number(r.event.date.slice(0, 4))));
  };
  const body = spec.years
    .map(
      (y) =>
        label(n.dateX, y.y, `${y.year}年`, { 'font-weight': 700, ...slot(n.yearHeight, y.year) }) +
        spec.rows
          .filter((r) => Number(r.event.date.slice(0, 4)) === y.year)
          .map(rowSvg)
          .join(''),
    )
    .join('');
  return svgDocument(
    { width: n.width, height: spec.height },
    text,
    'timeline-narrow',
    legend.svg + rail + body,
    {
      'font-family': FONT_STACK,
    },
  );
}
