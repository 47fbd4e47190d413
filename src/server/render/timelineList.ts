/**
 * The timeline's events as an ordered list (readable without the SVG or JavaScript), with the
 * lane and category filters the page script reveals. It stands in for the data table.
 */
import type { TimelineView } from '../../lib/charts/kinds/timeline.ts';
import { CHART_ATTRS, FILTER_NAMES } from '../../lib/charts/markAttributes.ts';
import { attrs, esc } from './svg.ts';

export function timelineList(view: TimelineView, base: string): string {
  const lane = new Map(view.lanes.map((l) => [l.key, l.label]));
  const category = new Map(view.categories.map((c) => [c.key, c.label]));
  const items = view.timeline.events.map((e) => {
    const meta = [lane.get(e.row), category.get(e.category)].filter(Boolean).join(' · ');
    const sources = e.sources
      .map(
        (id) => `<a class="event-source" href="${base}/data/#source-${esc(id)}">[${esc(id)}]</a>`,
      )
      .join('');
    return `<li${attrs({ [CHART_ATTRS.lane]: e.row, [CHART_ATTRS.category]: e.category })}><time datetime="${esc(e.date)}">${esc(e.dateText)}</time><span class="event-meta">${esc(meta)}</span><span class="event-text">${esc(e.text)}</span>${sources}</li>`;
  });
  return `${filtersHtml(view)}<ol class="timeline-list">${items.join('')}</ol>`;
}

function filtersHtml(view: TimelineView): string {
  // A group with one choice filters nothing; it is left out (its events always show).
  const boxes = (name: string, items: { key: string; label: string }[]) =>
    items.length < 2
      ? ''
      : `<span class="filter-group">${items.map((i) => `<label><input type="checkbox" name="${name}" value="${esc(i.key)}" checked> ${esc(i.label)}</label>`).join('')}</span>`;
  const groups =
    boxes(FILTER_NAMES.lane, view.lanes) + boxes(FILTER_NAMES.category, view.categories);
  return groups === ''
    ? ''
    : `<fieldset class="timeline-filters" hidden><legend>筛选</legend>${groups}</fieldset>`;
}
