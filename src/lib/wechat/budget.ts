/**
 * WeChat's limits on an article (公众号后台): at most 20,000 characters of text and 1 MB of
 * content. The export page shows the measure to editors and the build tests hold every story to it.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

export const MAX_TEXT_CHARS = 20_000;
export const MAX_HTML_BYTES = 1024 * 1024;

/** The article's characters of text (code points, as the editor counts them) and its bytes. */
export function articleSize(html: string): { chars: number; bytes: number } {
  const text = DomUtils.textContent(parseDocument(html).children);
  return { chars: [...text].length, bytes: Buffer.byteLength(html, 'utf8') };
}
