/** The one message between an embed page and its host; kept apart so the resizer script bundles only this. */
/** The postMessage an embed page sends to its parent: checked for shape (and origin by the resizer). */
export interface ResizeMessage {
  type: 'open-telling:resize';
  height: number;
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d['type'] === 'open-telling:resize' &&
    typeof d['height'] === 'number' &&
    Number.isFinite(d['height']) &&
    d['height'] > 0 &&
    d['height'] < 100_000
  );
}
