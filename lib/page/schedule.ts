/** Main-thread manners: work in short slices, the part of the page in view first. */
import type { Observe } from './lazy';

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

/** The timers inView needs of a window. */
export type Timers = Pick<Window, 'setTimeout' | 'clearTimeout'>;

/**
 * The blocks (in document order) in the viewport, at most `maxInView`, in page order. The browser
 * says which are in view, in the first report of an IntersectionObserver after its next rendering
 * step, so no layout is read here and nothing is forced before the page's load event. A tab in the
 * background, whose rendering is paused, gets none after `maxMs`.
 */
export function inView<T extends { el: Element }>(blocks: readonly T[], observe: Observe, win: Timers, maxMs = 100, maxInView = 400): Promise<T[]> {
  return new Promise((resolve) => {
    const observer = observe((els) => finish(new Set(els)), '0px');
    const timer = win.setTimeout(() => finish(new Set()), maxMs);
    function finish(seen: Set<Element>) {
      observer.disconnect();
      win.clearTimeout(timer);
      const first: T[] = [];
      for (const b of blocks) if (first.length < maxInView && seen.has(b.el)) first.push(b);
      resolve(first);
    }
    for (const b of blocks) observer.observe(b.el);
  });
}

/** Reorders blocks (in document order) so those in the viewport come first (see inView), then the rest in page order. */
export async function inViewFirst<T extends { el: Element }>(blocks: readonly T[], observe: Observe, win: Timers, maxMs = 100, maxInView = 400): Promise<T[]> {
  const first = await inView(blocks, observe, win, maxMs, maxInView);
  const ahead = new Set(first);
  return [...first, ...blocks.filter((b) => !ahead.has(b))];
}
