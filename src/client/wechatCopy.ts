/**
 * The 复制全文 button of a WeChat export (/wechat/<slug>/): copies the article as rich text for
 * the WeChat editor, with its images at absolute addresses so the editor can fetch them. Lives on
 * the page, outside the copied article.
 */
const article = document.getElementById('wechat-article');
const button = document.getElementById('wechat-copy');
const copyStatus = document.getElementById('wechat-copy-status');

const say = (text: string) => {
  if (copyStatus) copyStatus.textContent = text;
};

/** The article's HTML with every image address absolute (the editor fetches them). */
function articleHtml(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('img').forEach((image) => {
    image.setAttribute('src', new URL(image.getAttribute('src') ?? '', location.href).href);
  });
  return copy.innerHTML;
}

/** The old way: select the article and let the browser copy the selection. */
function copySelection(root: HTMLElement): boolean {
  const selection = window.getSelection();
  if (!selection) return false;
  const range = document.createRange();
  range.selectNodeContents(root);
  selection.removeAllRanges();
  selection.addRange(range);
  return document.execCommand('copy');
}

async function copy(root: HTMLElement): Promise<void> {
  try {
    if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') throw new Error();
    const html = new Blob([articleHtml(root)], { type: 'text/html' });
    const text = new Blob([root.innerText], { type: 'text/plain' });
    await navigator.clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': text })]);
    say('已复制，可粘贴到公众号编辑器。');
  } catch {
    say(
      copySelection(root)
        ? '已复制，可粘贴到公众号编辑器。'
        : '浏览器未能复制：全文已选中，请按Ctrl+C（Mac上按⌘+C）复制。',
    );
  }
}

if (article && button) {
  button.hidden = false;
  button.addEventListener('click', () => void copy(article));
}
