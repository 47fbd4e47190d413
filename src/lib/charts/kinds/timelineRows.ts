/** The timeline's events as table rows for readers and as raw CSV rows. */
import type { TimelineView } from './timeline.ts';

export function timelineRows(view: TimelineView, rawOf: ReadonlyMap<string, string>) {
  const lane = new Map(view.lanes.map((l) => [l.key, l.label]));
  const category = new Map(view.categories.map((c) => [c.key, c.label]));
  const events = view.timeline.events;
  const place = (e: (typeof events)[number]) => e.place ?? lane.get(e.row) ?? '';
  return {
    table: {
      columns: ['日期', '地区', view.categoryTitle || '类别', '事件', '来源'],
      rows: events.map((e) => [
        { kind: 'text' as const, text: e.dateText },
        { kind: 'text' as const, text: place(e) },
        { kind: 'text' as const, text: category.get(e.category) ?? e.category },
        { kind: 'text' as const, text: e.text },
        { kind: 'sources' as const, ids: e.sources },
      ]),
    },
    csv: {
      columns: ['id', 'date', 'lane', 'place', 'category', 'event', 'sources'],
      rows: events.map((e) => [
        e.id,
        e.date,
        lane.get(e.row) ?? '',
        place(e),
        e.category,
        rawOf.get(`${e.id}|${e.date}`) ?? e.text,
        e.sources.join(';'),
      ]),
    },
  };
}
