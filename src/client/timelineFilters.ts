/**
 * The timeline's filters: by lane and by category, over both its drawings and its event list;
 * the summary and the list's count then say how many events are shown and what is left out.
 */
import { CHART_ATTRS, FILTER_NAMES, type MARK_CLASSES } from '../lib/charts/markAttributes.ts';
import { NARROW_ATTRS } from '../lib/charts/timelineVertical.ts';
import type { ChartState } from './chartState.ts';

const EVENT: (typeof MARK_CLASSES)[number] = 'event';

/** The checked values of a group; undefined when the group is not offered (it filters nothing). */
function checked(filters: HTMLFieldSetElement, name: string): Set<string> | undefined {
  const all = filters.querySelectorAll<HTMLInputElement>(`input[name=${name}]`);
  if (all.length === 0) return undefined;
  return new Set([...all].filter((box) => box.checked).map((box) => box.value));
}

function applyFilters(figure: HTMLElement, filters: HTMLFieldSetElement): HTMLElement[] {
  const lanes = checked(filters, FILTER_NAMES.lane);
  const categories = checked(filters, FILTER_NAMES.category);
  const visible = (el: Element) =>
    (lanes?.has(el.getAttribute(CHART_ATTRS.lane) ?? '') ?? true) &&
    (categories?.has(el.getAttribute(CHART_ATTRS.category) ?? '') ?? true);
  const items = [...figure.querySelectorAll<HTMLElement>('.timeline-list li')];
  items.forEach((li) => (li.hidden = !visible(li)));
  figure
    .querySelectorAll(`.${EVENT}`)
    .forEach((mark) =>
      visible(mark) ? mark.removeAttribute('display') : mark.setAttribute('display', 'none'),
    );
  return items.filter((li) => !li.hidden);
}

/**
 * The narrow drawing has a row per event: rows the filters hide leave no gap. Each heading and
 * row moves up by the height of the hidden slots above it; a year with no rows shown hides its
 * heading; the drawing ends after the last row shown.
 */
function closeGaps(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('.chart-svg-timeline-narrow');
  if (!svg) return;
  const slots = [...svg.querySelectorAll(`[${NARROW_ATTRS.slot}]`)];
  const shownYears = new Set(
    slots
      .filter((el) => el.matches('.event') && el.getAttribute('display') !== 'none')
      .map((el) => el.getAttribute(NARROW_ATTRS.year)),
  );
  let removed = 0;
  for (const el of slots) {
    const hidden = el.matches('.event')
      ? el.getAttribute('display') === 'none'
      : !shownYears.has(el.getAttribute(NARROW_ATTRS.year));
    if (!el.matches('.event')) {
      if (hidden) el.setAttribute('display', 'none');
      else el.removeAttribute('display');
    }
    if (hidden) removed += Number(el.getAttribute(NARROW_ATTRS.slot));
    else el.setAttribute('transform', `translate(0,${-removed})`);
  }
  const [x, y, width, height] = (svg.dataset['viewBox'] ??= svg.getAttribute('viewBox') ?? '')
    .split(' ')
    .map(Number);
  svg.setAttribute('viewBox', `${x} ${y} ${width} ${(height ?? 0) - removed}`);
  const rail = svg.querySelector<SVGLineElement>('.rail');
  if (rail) {
    const y2 = Number((rail.dataset['y2'] ??= rail.getAttribute('y2') ?? '0'));
    rail.setAttribute('y2', String(y2 - removed));
  }
}

/** "显示12件事（共44件），从…到…；未显示：湖南、省级。" or, with nothing filtered, the original. */
function describe(shown: HTMLElement[], total: number, left: string[], original: string): string {
  if (left.length === 0) return original;
  const dates = shown.map((li) => li.querySelector('time')?.textContent ?? '');
  const [first, last] = [dates[0], dates.at(-1)];
  const span = !first ? '' : first === last ? `，${first}` : `，从${first}到${last}`;
  return `筛选后显示${shown.length}件事（共${total}件）${span}；未显示：${left.join('、')}。`;
}

/** When the figure crosses the width where the other drawing shows, its marks are the ones to
 * walk with the keyboard. */
function followLayout(state: ChartState): void {
  const narrow = state.figure.querySelector('.chart-svg-timeline-narrow');
  if (!narrow || typeof ResizeObserver === 'undefined') return;
  let shown = narrow.checkVisibility();
  new ResizeObserver(() => {
    if (narrow.checkVisibility() === shown) return;
    shown = !shown;
    state.refresh();
  }).observe(state.figure);
}

/** Reveals the filters (hidden without JavaScript, where they could do nothing). */
export function enableTimelineFilters(state: ChartState): void {
  followLayout(state);
  const filters = state.figure.querySelector<HTMLFieldSetElement>('.timeline-filters');
  if (!filters) return;
  const summary = state.figure.querySelector('.chart-summary');
  const count = state.figure.querySelector('.timeline-count');
  const original = summary?.textContent?.trim() ?? '';
  const total = state.figure.querySelectorAll('.timeline-list li').length;
  filters.hidden = false;
  filters.addEventListener('change', () => {
    const shown = applyFilters(state.figure, filters);
    closeGaps(state.figure);
    const left = [...filters.querySelectorAll<HTMLInputElement>('input:not(:checked)')].map(
      (box) => box.parentElement?.textContent?.trim() ?? '',
    );
    if (summary) summary.textContent = describe(shown, total, left, original);
    if (count)
      count.textContent =
        shown.length === total ? `${total}件` : `显示${shown.length}件，共${total}件`;
    state.refresh();
  });
}
