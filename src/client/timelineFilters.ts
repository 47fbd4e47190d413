/** The timeline's filters: by lane and by category, over both its drawing and its event list. */
import { CHART_ATTRS, FILTER_NAMES, type MARK_CLASSES } from '../lib/charts/markAttributes.ts';
import type { ChartState } from './chartState.ts';

const EVENT: (typeof MARK_CLASSES)[number] = 'event';

function checked(filters: HTMLFieldSetElement, name: string): Set<string> {
  const boxes = filters.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`);
  return new Set([...boxes].map((box) => box.value));
}

function applyFilters(figure: HTMLElement, filters: HTMLFieldSetElement): void {
  const lanes = checked(filters, FILTER_NAMES.lane);
  const categories = checked(filters, FILTER_NAMES.category);
  const visible = (el: Element) =>
    lanes.has(el.getAttribute(CHART_ATTRS.lane) ?? '') &&
    categories.has(el.getAttribute(CHART_ATTRS.category) ?? '');
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
