/**
 * The timeline's events as an ordered list (readable without the SVG or JavaScript), collapsed
 * under a summary except on the chart's own page, and before it the lane and category filters
 * the page script reveals (they filter the drawing and the list, and rewrite the summary).
 */
import type { TimelineView } from '../../lib/charts/kinds/timeline.ts';
import { CHART_ATTRS, FILTER_NAMES } from '../../lib/charts/markAttributes.ts';
import { attrs, esc } from './svg.ts';

export function timelineList(view: TimelineView, base: string, open = true): string {
  const lane = new Map(view.lanes.map((l) => [l.key, l.label]));
  const category = new Map(view.categories.map((c) => [c.key, c.label]));
  const events = view.timeline.events;
  const items = events.map((e) => {
    // "湖南·市级"; a national event is "全国" once; a missing level says so.
    const kind =
      e.category === '' && view.categoryTitle
        ? `${view.categoryTitle}未注明`
        : category.get(e.category);
    const meta = [...new Set([e.place ?? lane.get(e.row), kind].filter(Boolean))].join('·');
    const sources = e.sources
      .map((id) => ({ id, name: view.sourceNames[id] }))
      .filter((s) => s.name)
      .map((s) => `<a href="${base}/data/#source-${esc(s.id)}">${esc(s.name ?? '')}</a>`)
      .join('、');
    const credit = sources ? `<span class="event-sources">来源：${sources}</span>` : '';
    return `<li${attrs({ [CHART_ATTRS.lane]: e.row, [CHART_ATTRS.category]: e.category })}><time datetime="${esc(e.date)}">${esc(e.dateText)}</time><span class="event-meta">${esc(meta)}</span><span class="event-text">${esc(e.text)}</span>${credit}</li>`;
  });
  const list = `<details class="chart-data timeline-events"${open ? ' open' : ''}><summary>事件列表（<span class="timeline-count">${events.length}件</span>）</summary><ol class="timeline-list">${items.join('')}</ol></details>`;
  return `${filtersHtml(view)}${list}`;
}

function filtersHtml(view: TimelineView): string {
  // A group with one choice filters nothing; it is left out (its events always show).
  const boxes = (name: string, title: string, items: { key: string; label: string }[]) =>
    items.length < 2
      ? ''
      : `<span class="filter-group"><span class="filter-title">${esc(title)}：</span>${items.map((i) => `<label><input type="checkbox" name="${name}" value="${esc(i.key)}" checked>${esc(i.label)}</label>`).join('')}</span>`;
  const groups =
    boxes(FILTER_NAMES.lane, '地区', view.lanes) +
    boxes(FILTER_NAMES.category, view.categoryTitle || '类别', view.categories);
  return groups === ''
    ? ''
    : `<fieldset class="timeline-filters" hidden><legend>筛选</legend>${groups}</fieldset>`;
}
