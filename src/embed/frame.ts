/**
 * Runs inside an embed page (/embed/…): tells the parent page how tall the content is, so the host's
 * optional resizer (resize.ts) can fit the iframe. Sends only a number; reads nothing from the parent.
 */
const send = () => {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: 'open-telling:resize', height }, '*');
};
new ResizeObserver(send).observe(document.documentElement);
window.addEventListener('load', send);
