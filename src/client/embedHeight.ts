/**
 * Runs inside /embed/<id>/: tells the host page how tall the chart is whenever that changes.
 * Only a height and the chart id leave the frame, in our format and in Datawrapper's and AMP's,
 * so hosts that already listen for those resize us without our loader.
 */
import { heightMessages } from '../lib/embed/messages.ts';

const id = document.documentElement.dataset['embed'];
if (id && window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The payload is a number and an id the host already knows, so any origin may read it.
    for (const message of heightMessages(id, height)) window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
