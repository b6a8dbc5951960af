/**
 * The optional resizer a host page loads beside an Open Telling iframe. It accepts a message only when
 * it comes from the window of one of the page's Open Telling iframes, from the origin this script was
 * served from, and has the expected shape (type and a sane height) — anything else is ignored.
 */
import { isResizeMessage } from '../lib/embed/message.ts';

const script = document.currentScript as HTMLScriptElement | null;
const origin = script ? new URL(script.src).origin : null;

window.addEventListener('message', (event: MessageEvent) => {
  if (origin === null || event.origin !== origin || !isResizeMessage(event.data)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-open-telling-embed]')) {
    if (frame.contentWindow === event.source) frame.height = String(event.data.height);
  }
});
