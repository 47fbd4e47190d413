/**
 * Share links built as plain addresses: nothing is loaded from another site until the reader
 * follows one of them.
 */

/** The absolute address of a page of the site, e.g. `https://…/stories/why-hunan/`. */
export function pageAddress(site: string, path: string): string {
  if (!path.startsWith('/')) throw new Error(`pageAddress: "${path}" is not a path of the site`);
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/** Weibo's share page, filled in with the page's address and title (both percent-encoded). */
export function weiboShareUrl(address: string, title: string): string {
  const query = `url=${encodeURIComponent(address)}&title=${encodeURIComponent(title)}`;
  return `https://service.weibo.com/share/share.php?${query}`;
}

/** The story's WeChat article export, for editors to copy into the WeChat editor. */
export function wechatExportPath(slug: string): string {
  return `/wechat/${encodeURIComponent(slug)}/`;
}
