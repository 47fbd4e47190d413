/** The buttons of a share panel, shown only where the browser can do what they offer. */
import { THEMES, VARIANTS } from '../lib/embed/params.ts';
import { embedSnippet, type EmbedOptions } from '../lib/embed/snippet.ts';
import { enableCopy } from './copyButtons.ts';

/**
 * The share panel follows the figure: its link and embed code are the shown view's, in the
 * theme and variant chosen. Returns the update to run when the view changes.
 */
export function enableSharePanel(figure: HTMLElement, metric: () => string | undefined) {
  const panel = figure.querySelector<HTMLElement>('.share-panel[data-embed-options]');
  const choices = panel?.querySelector<HTMLElement>('.embed-choices');
  const code = panel?.querySelector<HTMLTextAreaElement>('.embed-code');
  const link = panel?.querySelector<HTMLInputElement>('.share-link');
  const png = panel?.querySelector<HTMLAnchorElement>('.share-png');
  const svg = panel?.querySelector<HTMLAnchorElement>('.share-svg');
  if (!panel || !choices || !code || !link) return () => undefined;
  const options = JSON.parse(panel.dataset['embedOptions'] ?? '{}') as EmbedOptions;
  const picked = (name: string) =>
    panel.querySelector<HTMLInputElement>(`input[name^="${name}-"]:checked`)?.value;
  const update = () => {
    const view = options.views.find((v) => v.key === (metric() ?? '')) ?? options.views[0];
    if (!view) return;
    const theme = THEMES.find((t) => t === picked('theme')) ?? options.theme;
    const variant = VARIANTS.find((v) => v === picked('variant')) ?? 'compact';
    code.value = embedSnippet({
      ...options,
      ...view,
      theme,
      variant,
      sizing: view.sizing[variant],
    });
    link.value = `${options.site}${view.page}`;
    if (png) png.href = view.image;
    if (svg) svg.href = view.svg;
  };
  choices.hidden = false;
  choices.addEventListener('change', update);
  return update;
}

/** Copy buttons for embed codes; they appear only where the clipboard can be written. */
export function enableCopyButtons(root: ParentNode): void {
  enableCopy(root, '.copy-embed', '请按Ctrl+C复制选中的代码。');
}
