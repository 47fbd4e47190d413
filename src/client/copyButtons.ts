/**
 * Copy buttons: each copies the text field named by its data-target. A button appears only where
 * the clipboard can be written; where writing fails, the text is selected for the reader to copy.
 */
export function enableCopy(root: ParentNode, selector: string, fallback: string): void {
  root.querySelectorAll<HTMLButtonElement>(selector).forEach((button) => {
    const source = document.getElementById(button.dataset['target'] ?? '') as
      HTMLInputElement | HTMLTextAreaElement | null;
    const status = button.parentElement?.querySelector('.copy-status');
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(source.value).then(
        () => status && (status.textContent = '已复制。'),
        () => {
          source.select();
          if (status) status.textContent = fallback;
        },
      );
    });
  });
}
