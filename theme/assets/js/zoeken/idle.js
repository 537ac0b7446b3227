// Work that can wait for a quiet moment: when the browser is idle, or after a timeout at the
// latest (and only the timeout where requestIdleCallback is missing, as in Safari).

/** Runs callback once the page is idle, at the latest after timeoutMs. */
export function whenIdle(callback, timeoutMs) {
  if ('requestIdleCallback' in window) window.requestIdleCallback(callback, { timeout: timeoutMs });
  else window.setTimeout(callback, timeoutMs);
}
