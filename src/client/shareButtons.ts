/** The buttons of a share panel, shown only where the browser can do what they offer. */

/** Copy buttons for embed codes; they appear only where the clipboard can be written. */
export function enableCopyButtons(root: ParentNode): void {
  root.querySelectorAll<HTMLButtonElement>('.copy-embed').forEach((button) => {
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
          if (status) status.textContent = '请按Ctrl+C复制选中的代码。';
        },
      );
    });
  });
}

/** Draws the chart's own SVG file at twice its size and saves it as a PNG. */
async function downloadPng(svgUrl: string, name: string): Promise<void> {
  const svg = await (await fetch(svgUrl)).text();
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
    link.download = name;
    link.click();
    URL.revokeObjectURL(link.href);
  }, 'image/png');
}

/** PNG buttons: drawn in the browser, so they appear only with JavaScript. */
export function enablePngButtons(root: ParentNode): void {
  root.querySelectorAll<HTMLButtonElement>('.download-png').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => {
      void downloadPng(button.dataset['svg'] ?? '', button.dataset['name'] ?? 'chart.png');
    });
  });
}
