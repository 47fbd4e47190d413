/**
 * /embed.js: the one script a host page includes next to our iframes. It resizes each iframe to
 * the height its chart reports, and does nothing else. Safe to include more than once.
 */
import { parseHeightMessage } from '../lib/embed/messages.ts';

const FLAG = '__centralChinaChainEmbeds';
const scope = window as unknown as Record<string, unknown>;

if (!scope[FLAG]) {
  scope[FLAG] = true;
  window.addEventListener('message', (event) => {
    const message = parseHeightMessage(event.data);
    if (!message) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-ccc-embed]')) {
      // Only the frame that sent it, only from that frame's own origin, only for its own chart.
      if (frame.contentWindow !== event.source || frame.dataset['cccEmbed'] !== message.id)
        continue;
      let origin: string;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        continue;
      }
      if (event.origin !== origin) continue;
      frame.style.height = `${message.height}px`;
    }
  });
}
