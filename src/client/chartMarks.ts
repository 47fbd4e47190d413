/**
 * The marks of a chart for pointer and keyboard: a tooltip on hover and on focus, one tab stop
 * per chart, and arrow keys to move between the marks the reader can see.
 */
import { CHART_ATTRS, MARK_CLASSES, regionAttr } from '../lib/charts/markAttributes.ts';
import type { ChartState } from './chartState.ts';

const MARKS = MARK_CLASSES.map((name) => `.${name}`).join(', ');
const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** A mark's text: its value, unit and source under the shown metric, or its own tooltip. */
function markText(mark: Element, metric: string | undefined): string {
  const name = mark.getAttribute(CHART_ATTRS.name) ?? '';
  const value = metric ? mark.getAttribute(regionAttr.text(metric)) : null;
  const source = metric ? mark.getAttribute(regionAttr.source(metric)) : null;
  if (value !== null) return source ? `${name}:${value}(${source})` : `${name}:${value}`;
  return mark.getAttribute(CHART_ATTRS.tip) ?? name;
}

/** The marks in the shown view that no filter hides (of both artboards: CSS shows one). */
function shownMarks(figure: HTMLElement): SVGElement[] {
  return [...figure.querySelectorAll<SVGElement>(`.chart-view:not([hidden]) :is(${MARKS})`)].filter(
    (mark) =>
      !mark.closest('[hidden]') &&
      mark.getAttribute('display') !== 'none' &&
      (mark.closest('svg')?.checkVisibility() ?? true),
  );
}

/** The shown marks of the artboard on screen. */
function visibleMarks(figure: HTMLElement): SVGElement[] {
  return shownMarks(figure).filter((mark) => {
    const board = mark.closest('.chart-artboard');
    return !board || getComputedStyle(board).display !== 'none';
  });
}

/** Makes the visible marks one tab stop (the first of each artboard), each labelled. */
export function labelMarks(state: ChartState): void {
  const boards = new Set<Element | null>();
  shownMarks(state.figure).forEach((mark) => {
    const board = mark.closest('.chart-artboard');
    mark.setAttribute('tabindex', boards.has(board) ? '-1' : '0');
    boards.add(board);
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', markText(mark, state.metric));
  });
  // The marks are now reachable one by one, so the picture is a group of images.
  state.figure
    .querySelectorAll('svg.chart-svg')
    .forEach((svg) => svg.setAttribute('role', 'group'));
}

function tooltipFor(figure: HTMLElement): HTMLElement {
  const tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  figure.style.position = 'relative';
  figure.append(tip);
  return tip;
}

/** Shows the tooltip under the mark, kept inside the figure. */
function showTip(tip: HTMLElement, mark: Element, state: ChartState): void {
  tip.textContent = markText(mark, state.metric);
  tip.hidden = false;
  const box = mark.getBoundingClientRect();
  const frame = state.figure.getBoundingClientRect();
  const left = box.left - frame.left + box.width / 2 - 80;
  tip.style.left = `${Math.max(0, Math.min(left, frame.width - 200))}px`;
  tip.style.top = `${box.top - frame.top + box.height / 2 + 12}px`;
}

/** Arrow keys move to the next or previous visible mark, round the ends. */
function moveFocus(current: Element, step: number, figure: HTMLElement): void {
  const all = visibleMarks(figure);
  const next = all[(all.indexOf(current as SVGElement) + step + all.length) % all.length];
  current.setAttribute('tabindex', '-1');
  next?.setAttribute('tabindex', '0');
  next?.focus();
}

export function enableMarks(state: ChartState): void {
  const { figure } = state;
  const tip = tooltipFor(figure);
  const hide = () => (tip.hidden = true);
  const showAt = (e: Event) => {
    const mark = (e.target as Element).closest(MARKS);
    if (mark) showTip(tip, mark, state);
  };
  figure.addEventListener('pointerover', showAt);
  figure.addEventListener('pointerout', hide);
  figure.addEventListener('focusin', showAt);
  figure.addEventListener('focusout', hide);
  figure.addEventListener('keydown', (e) => {
    const current = (e.target as Element).closest(MARKS);
    if (!current) return;
    const step = STEPS[e.key];
    if (e.key === 'Escape') hide();
    else if (step !== undefined) {
      e.preventDefault();
      moveFocus(current, step, figure);
    }
  });
}
