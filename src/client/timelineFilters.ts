/** The timeline's filters: by lane and by category, over both its drawing and its event list. */
import { CHART_ATTRS, FILTER_NAMES, type MARK_CLASSES } from '../lib/charts/markAttributes.ts';
import type { ChartState } from './chartState.ts';

const EVENT: (typeof MARK_CLASSES)[number] = 'event';

/** The checked values of a group; undefined when the group is not offered (it filters nothing). */
function checked(filters: HTMLFieldSetElement, name: string): Set<string> | undefined {
  const all = filters.querySelectorAll<HTMLInputElement>(`input[name=${name}]`);
  if (all.length === 0) return undefined;
  return new Set([...all].filter((box) => box.checked).map((box) => box.value));
}

function applyFilters(figure: HTMLElement, filters: HTMLFieldSetElement): void {
  const lanes = checked(filters, FILTER_NAMES.lane);
  const categories = checked(filters, FILTER_NAMES.category);
  const visible = (el: Element) =>
    (lanes?.has(el.getAttribute(CHART_ATTRS.lane) ?? '') ?? true) &&
    (categories?.has(el.getAttribute(CHART_ATTRS.category) ?? '') ?? true);
  figure
    .querySelectorAll<HTMLElement>('.timeline-list li')
    .forEach((li) => (li.hidden = !visible(li)));
  figure
    .querySelectorAll(`.${EVENT}`)
    .forEach((mark) =>
      visible(mark) ? mark.removeAttribute('display') : mark.setAttribute('display', 'none'),
    );
}

/** Reveals the filters (hidden without JavaScript, where they could do nothing). */
export function enableTimelineFilters(state: ChartState): void {
  const filters = state.figure.querySelector<HTMLFieldSetElement>('.timeline-filters');
  if (!filters) return;
  filters.hidden = false;
  filters.addEventListener('change', () => {
    applyFilters(state.figure, filters);
    state.refresh();
  });
}
