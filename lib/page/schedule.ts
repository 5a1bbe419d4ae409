/** Main-thread manners: work in short slices, the part of the page in view first. */

export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves when Chromium would run a document_idle script, without being one: in the task after
 * the page's load event, or `afterDclMs` after DOMContentLoaded when its load is slow (images, ads).
 * A script injected at document_idle or document_end runs in a task of its own between
 * DOMContentLoaded and load, and the page's first layout slips in ahead of its load event (about
 * 190 ms on the 1 MB benchmark page, for a script that does nothing). Injected at document_start
 * and waiting here, Dossier leaves that sequence as it was.
 */
export function pageReady(win: Window, afterDclMs = 200): Promise<void> {
  const doc = win.document;
  if (doc.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    let timer: number | undefined;
    const done = () => {
      win.removeEventListener('load', onLoad);
      doc.removeEventListener('DOMContentLoaded', arm);
      win.clearTimeout(timer);
      resolve();
    };
    const onLoad = () => win.setTimeout(done, 0);
    const arm = () => {
      timer = win.setTimeout(done, afterDclMs);
    };
    win.addEventListener('load', onLoad);
    if (doc.readyState === 'interactive') arm();
    else doc.addEventListener('DOMContentLoaded', arm);
  });
}

/**
 * Resolves once the page has rendered its next frame (or after `maxMs`, for a tab in the background
 * whose frames are paused). Reading layout before a page's first frame would pull its first layout
 * (hundreds of ms on a long page) into our task, and hold up its load event.
 */
export function afterNextFrame(win: Window, maxMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, maxMs);
    win.requestAnimationFrame(() =>
      win.setTimeout(() => {
        win.clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * Reorders blocks (in document order) so those in the viewport come first: a binary search for the
 * first block that reaches the viewport needs only a few layout reads, not one per block.
 */
export function visibleFirst<T extends { el: Element }>(blocks: readonly T[], viewportHeight: number): T[] {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.el.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < blocks.length && end - lo < 400 && blocks[end]!.el.getBoundingClientRect().top <= viewportHeight) end++;
  return [...blocks.slice(lo, end), ...blocks.slice(0, lo), ...blocks.slice(end)];
}
