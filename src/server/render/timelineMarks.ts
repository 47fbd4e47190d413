/**
 * What both timeline layouts draw alike: the colours of the categories, an event's mark (a
 * filled dot for a date known to the day, a hollow ring for one known only to the month or the
 * year) inside a group that carries the event's attributes and a finger-sized target, and the
 * legend that says what colours and rings mean.
 */
import type { TimelineView } from '../../lib/charts/kinds/timeline.ts';
import { CHART_ATTRS } from '../../lib/charts/markAttributes.ts';
import { CATEGORICAL, COLOURS } from '../../lib/charts/theme.ts';
import type { PlacedEvent } from '../../lib/charts/timeline.ts';
import { flowItems } from '../../lib/charts/timelineVertical.ts';
import { textWidth } from '../../lib/format/textWidth.ts';
import { attrs, esc } from './svg.ts';

export const FONT_SIZE = 14;

/** The colour of each category, in the order the view lists them; grey for "not given". */
export function categoryColours(view: TimelineView): Map<string, string> {
  const named = view.categories.filter((c) => c.key !== '');
  return new Map([
    ...named.map((c, i): [string, string] => [
      c.key,
      CATEGORICAL[i % CATEGORICAL.length] ?? COLOURS.mark,
    ]),
    ['', COLOURS.noData],
  ]);
}

/** The reader's text for an event: date, place and what happened. */
export function eventTip(e: PlacedEvent): string {
  return e.place ? `${e.dateText}，${e.place}：${e.text}` : `${e.dateText}：${e.text}`;
}

/** The mark alone: a dot for a known day, a ring for a month or a year. */
export function markSvg(exact: boolean, cx: number, cy: number, colour: string): string {
  return exact
    ? `<circle${attrs({ cx, cy, r: 6, fill: colour, stroke: 'none' })}/>`
    : `<circle${attrs({ cx, cy, r: 5, fill: 'none', stroke: colour, 'stroke-width': 2.5 })}/>`;
}

/** An event as a focusable group: its attributes, an invisible target, then what is drawn. */
export function eventGroup(
  e: PlacedEvent,
  target: string,
  drawn: string,
  extra: Record<string, string | number> = {},
): string {
  const group = attrs({
    class: 'event',
    'data-id': e.id,
    [CHART_ATTRS.lane]: e.row,
    [CHART_ATTRS.category]: e.category,
    [CHART_ATTRS.tip]: eventTip(e),
    ...extra,
  });
  return `<g${group}>${target}${drawn}</g>`;
}

/** A transparent, pointer-catching shape: fill painted at zero opacity. */
export const TARGET_PAINT = { fill: 'currentColor', 'fill-opacity': 0 } as const;

/** Text that a focus ring on its group must not outline. */
export function label(
  x: number,
  y: number,
  body: string,
  extra: Record<string, string | number> = {},
): string {
  return `<text${attrs({ x, y, 'font-size': FONT_SIZE, fill: 'currentColor', stroke: 'none', ...extra })}>${esc(body)}</text>`;
}

/** The legend: what each colour means, then what a dot and a ring mean; wrapped to `width`. */
export function legendSvg(
  view: TimelineView,
  width: number,
  top: number,
): { svg: string; lines: number } {
  const colours = categoryColours(view);
  const title = view.categoryTitle ? `${view.categoryTitle}：` : '';
  const categories = view.categories.length < 2 ? [] : view.categories;
  const items = [
    ...categories.map((c) => ({
      text: c.label,
      mark: markSvg(true, 0, 0, colours.get(c.key) ?? COLOURS.mark),
      key: true,
    })),
    { text: '日期确切到日', mark: markSvg(true, 0, 0, 'currentColor'), key: false },
    { text: '只知月份或年份', mark: markSvg(false, 0, 0, 'currentColor'), key: false },
  ];
  const titleWidth = categories.length > 0 ? textWidth(title, FONT_SIZE) : 0;
  const widths = items.map((i) => 18 + textWidth(i.text, FONT_SIZE));
  // The categories flow after their title; the key to dots and rings starts a line of its own.
  const split = categories.length;
  const first = flowItems(widths.slice(0, split), width - titleWidth);
  const second = flowItems(widths.slice(split), width);
  const lines = (first.at(-1)?.line ?? -1) + 1;
  const at = [
    ...first.map((p) => ({ x: titleWidth + p.x, line: p.line })),
    ...second.map((p) => ({ x: p.x, line: lines + p.line })),
  ];
  const lineY = (line: number) => top + 16 + line * 24;
  const svg =
    (categories.length > 0 ? label(0, lineY(0), title) : '') +
    items
      .map((item, i) => {
        const p = at[i] ?? { x: 0, line: 0 };
        const y = lineY(p.line);
        return `<g transform="translate(${p.x + 6},${y - 5})">${item.mark}</g>${label(p.x + 16, y, item.text)}`;
      })
      .join('');
  return { svg, lines: (at.at(-1)?.line ?? 0) + 1 };
}
