/** The timeline's lanes (places or groups, in reading order) and its colour categories. */
import type { Column } from '../../data/declaration.ts';
import type { TimelineEvent } from '../timeline.ts';
import type { BuildContext } from './types.ts';

export interface LaneFields {
  /** The lane of events without a lane value, e.g. 全国. */
  lane_empty: string;
  /** One lane for places outside the central provinces, e.g. 其他省份. */
  lane_other?: string | undefined;
}

/** The lane key of the places outside the central provinces, when the chart merges them. */
const OTHER = 'other';

/** Lanes in reading order: the empty lane (national, say), the central provinces, the rest. */
export function lanesOf(
  events: readonly TimelineEvent[],
  chart: LaneFields,
  context: BuildContext,
) {
  const keys = [...new Set(events.map((e) => e.row))];
  const rank = (k: string) =>
    k === ''
      ? -1
      : context.central.includes(k)
        ? context.central.indexOf(k)
        : k === OTHER
          ? 98
          : 90;
  keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const named = new Map(events.map((e) => [e.row, e.place]));
  return keys.map((key) => ({
    key,
    label:
      key === ''
        ? chart.lane_empty
        : key === OTHER && chart.lane_other
          ? chart.lane_other
          : named.get(key) || (context.names.get(key) ?? key),
  }));
}

/** Events outside the central provinces go to one lane when the chart says so; all get a place. */
export function grouped<T extends TimelineEvent>(
  events: T[],
  chart: LaneFields,
  context: BuildContext,
): T[] {
  return events.map((e) => ({
    ...e,
    place: e.row === '' ? chart.lane_empty : (e.place ?? ''),
    row: chart.lane_other && e.row !== '' && !context.central.includes(e.row) ? OTHER : e.row,
  }));
}

/** Categories in the order the declaration lists them, so colours are stable across charts. */
export function categoriesOf(events: readonly TimelineEvent[], column: Column | undefined) {
  const declared = Object.keys(column?.values ?? {});
  const order = (key: string) => (declared.includes(key) ? declared.indexOf(key) : declared.length);
  return [...new Set(events.map((e) => e.category))]
    .sort((a, b) => order(a) - order(b))
    .map((key) => ({
      key,
      // Without a colour column every event shares one nameless category.
      label: column === undefined ? '' : key === '' ? '未注明' : (column.values?.[key] ?? key),
    }));
}
