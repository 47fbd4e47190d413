// The WeChat export's 复制全文 (issue 14 acceptance 3): the button copies the article as rich
// text, and pasting it into an editor (a contenteditable, as the WeChat editor is) brings every
// chart image, at an absolute address the editor can fetch, and the reference list.
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/servedSite.ts';

const site = useServedSite();
const SLUG = 'why-hunan';

describe('WeChat export in Chromium', () => {
  it('copies the article so that a paste into an editor has its images and references', async () => {
    const origin = site.server.origin;
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(`${origin}/wechat/${SLUG}/`);
    const images = await page.$$eval('#wechat-article img', (imgs) =>
      imgs.map((img) => (img as HTMLImageElement).src),
    );
    const references = await page.$$eval('#wechat-article p', (ps) =>
      ps.map((p) => p.textContent ?? '').filter((t) => /^\[\d+\] https?:\/\//.test(t)),
    );
    expect(images.length).toBeGreaterThan(0);
    expect(references.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: '复制全文' }).click();
    await page.getByText('已复制，可粘贴到公众号编辑器。').waitFor();
    // The clipboard's HTML carries absolute image addresses: the WeChat editor, on another
    // origin, fetches them from there. (Chromium resolves them itself when it writes HTML to the
    // clipboard; the page's script does it too, for browsers that copy the markup as it is.)
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const html = await (await item!.getType('text/html')).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    });
    expect(copied).toEqual(images);

    // An editor on another page of the site: a contenteditable, focused, and Ctrl+V.
    await page.goto(`${origin}/about/`);
    await page.evaluate(() => {
      const editor = document.createElement('div');
      editor.id = 'editor';
      editor.contentEditable = 'true';
      document.body.prepend(editor);
      editor.focus();
    });
    await page.keyboard.press('Control+V');
    const pasted = await page.evaluate(() => {
      const editor = document.getElementById('editor')!;
      return {
        images: [...editor.querySelectorAll('img')].map((img) => img.getAttribute('src')),
        text: editor.innerText,
        links: editor.querySelectorAll('a').length,
      };
    });
    // Every image, at its absolute address (images[] holds the resolved addresses).
    expect(pasted.images).toEqual(images);
    for (const reference of references) expect(pasted.text).toContain(reference);
    expect(pasted.text).toContain('参考链接');
    expect(pasted.links).toBe(0);
    await context.close();
  });
});
