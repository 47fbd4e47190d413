/**
 * Progressive enhancement for build-time charts: tooltips on hover and keyboard focus, arrow-key
 * movement between marks, metric switching without a reload (kept in `?metric=`), and timeline
 * filters. Everything it shows is already in the page; without it the charts stay complete.
 */
import { pickMetric } from '../lib/charts/metricParam.ts';

const MARKS = '.region, .point, .bar, .event';

function tooltipFor(figure: HTMLElement): HTMLElement {
  const tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  figure.style.position = 'relative';
  figure.append(tip);
  return tip;
}

function markText(mark: Element, metric: string | undefined): string {
  const name = mark.getAttribute('data-name') ?? '';
  const value = metric ? mark.getAttribute(`data-text-${metric}`) : null;
  const source = metric ? mark.getAttribute(`data-src-${metric}`) : null;
  if (value !== null) return source ? `${name}:${value}(${source})` : `${name}:${value}`;
  return mark.getAttribute('data-tip') ?? name;
}

function enhance(figure: HTMLElement): void {
  const metrics = (figure.dataset['metrics'] ?? '').split(' ').filter(Boolean);
  let metric = metrics[0];
  const tip = tooltipFor(figure);

  const marks = () =>
    [...figure.querySelectorAll<SVGElement>('.chart-view:not([hidden]) ' + MARKS)].filter(
      (m) => !m.closest('[hidden]') && m.getAttribute('display') !== 'none',
    );

  const show = (mark: Element) => {
    tip.textContent = markText(mark, metric);
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const frame = figure.getBoundingClientRect();
    tip.style.left = `${Math.max(0, Math.min(box.left - frame.left + box.width / 2 - 80, frame.width - 200))}px`;
    tip.style.top = `${box.top - frame.top + box.height / 2 + 12}px`;
  };
  const hide = () => (tip.hidden = true);

  const makeFocusable = () => {
    const all = marks();
    all.forEach((mark, i) => {
      mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
      mark.setAttribute('role', 'img');
      mark.setAttribute('aria-label', markText(mark, metric));
    });
    // The marks are now reachable one by one, so the picture is a group of images.
    figure.querySelectorAll('svg.chart-svg').forEach((svg) => svg.setAttribute('role', 'group'));
  };

  figure.addEventListener('pointerover', (e) => {
    const mark = (e.target as Element).closest(MARKS);
    if (mark) show(mark);
  });
  figure.addEventListener('pointerout', hide);
  figure.addEventListener('focusin', (e) => {
    const mark = (e.target as Element).closest(MARKS);
    if (mark) show(mark);
  });
  figure.addEventListener('focusout', hide);
  figure.addEventListener('keydown', (e) => {
    const current = (e.target as Element).closest(MARKS);
    if (!current) return;
    if (e.key === 'Escape') {
      hide();
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const all = marks();
    const next = all[(all.indexOf(current as SVGElement) + step + all.length) % all.length];
    current.setAttribute('tabindex', '-1');
    next?.setAttribute('tabindex', '0');
    (next as SVGElement | undefined)?.focus();
  });

  const apply = (next: string | undefined, push: boolean) => {
    if (next === undefined) return;
    metric = next;
    figure
      .querySelectorAll<HTMLAnchorElement>('.metric-switch a')
      .forEach((a) => a.setAttribute('aria-current', String(a.dataset['metric'] === next)));
    if (figure.dataset['switch'] === 'recolour') {
      figure
        .querySelectorAll('.region')
        .forEach((region) =>
          region.setAttribute('fill', region.getAttribute(`data-fill-${next}`) ?? 'none'),
        );
      figure.querySelectorAll('.label').forEach((label) => {
        const region = figure.querySelector(
          `.region[data-code="${label.getAttribute('data-code')}"]`,
        );
        label.setAttribute(
          'fill',
          region?.getAttribute(`data-ink-${next}`)?.replace('currentColor', '#1b1f24') ?? '#1b1f24',
        );
        const value = label.querySelector('.value');
        if (value) value.textContent = region?.getAttribute(`data-text-${next}`) ?? '';
      });
      figure
        .querySelectorAll('[data-legend]')
        .forEach((legend) =>
          legend.getAttribute('data-legend') === next
            ? legend.removeAttribute('display')
            : legend.setAttribute('display', 'none'),
        );
    } else {
      figure
        .querySelectorAll<HTMLElement>('.chart-view')
        .forEach((view) => (view.hidden = view.dataset['metric'] !== next));
    }
    const summary = figure.querySelector('.chart-summary');
    const view = figure.querySelector<HTMLElement>('.chart-view');
    const summaries = JSON.parse(figure.dataset['summaries'] ?? '{}') as Record<string, string>;
    if (summary)
      summary.textContent = summaries[next] ?? view?.dataset['summary'] ?? summary.textContent;
    makeFocusable();
    if (push) {
      const url = new URL(location.href);
      url.searchParams.set('metric', next);
      history.replaceState(null, '', url);
    }
  };

  figure.querySelectorAll<HTMLAnchorElement>('.metric-switch a').forEach((a) =>
    a.addEventListener('click', (e) => {
      e.preventDefault();
      apply(a.dataset['metric'], true);
    }),
  );
  if (metrics.length > 1 && location.search.includes('metric='))
    apply(pickMetric(location.search, metrics), false);

  const filters = figure.querySelector<HTMLFieldSetElement>('.timeline-filters');
  if (filters) {
    filters.hidden = false;
    filters.addEventListener('change', () => {
      const on = (name: string) =>
        new Set(
          [...filters.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map(
            (i) => i.value,
          ),
        );
      const rows = on('row');
      const kinds = on('kind');
      const visible = (el: Element) =>
        rows.has(el.getAttribute('data-row') ?? '') &&
        kinds.has(el.getAttribute('data-kind') ?? '');
      figure
        .querySelectorAll<HTMLElement>('.timeline-list li')
        .forEach((li) => (li.hidden = !visible(li)));
      figure
        .querySelectorAll('.event')
        .forEach((mark) =>
          visible(mark) ? mark.removeAttribute('display') : mark.setAttribute('display', 'none'),
        );
      makeFocusable();
    });
  }
  makeFocusable();
}

document.querySelectorAll<HTMLElement>('figure[data-chart]').forEach(enhance);

/** Copy buttons for embed codes; they appear only where the clipboard can be written. */
document.querySelectorAll<HTMLButtonElement>('.copy-embed').forEach((button) => {
  const source = document.getElementById(
    button.dataset['target'] ?? '',
  ) as HTMLTextAreaElement | null;
  const status = button.parentElement?.querySelector('.copy-status');
  if (!source || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(source.value).then(
      () => status && (status.textContent = '已复制。'),
      () => {
        source.select();
        if (status) status.textContent = '请按 Ctrl+C 复制选中的代码。';
      },
    );
  });
});

/** PNG at twice the size, drawn from the chart's own SVG file in the browser. */
document.querySelectorAll<HTMLButtonElement>('.download-png').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const svg = await (await fetch(button.dataset['svg'] ?? '')).text();
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    URL.revokeObjectURL(image.src);
    canvas.toBlob((blob) => {
      if (!blob) return;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = button.dataset['name'] ?? 'chart.png';
      link.click();
      URL.revokeObjectURL(link.href);
    }, 'image/png');
  });
});
