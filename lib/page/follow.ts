import { blockOf, insideExcluded } from './extract';
import { insideAny } from './reader';

/** Mutations are batched; a page that keeps changing is read less often (the observer backs off). */
const BATCH_MS = 150;
const MAX_BATCH_MS = 3000;

/**
 * Follows the page's own changes (SPA navigation, infinite scroll, frameworks re-rendering): the
 * blocks that changed are collected and handed to `reread` in batches, 150 ms apart, doubling up to
 * 3 s while the page keeps changing right after each read.
 */
export function followChanges(
  doc: Document,
  signal: AbortSignal,
  o: {
    ownHost: Element;
    /** false while the site is off: nothing is read then (turning it on reads the whole page) */
    active: () => boolean;
    reread: (roots: Set<Node>) => Promise<void>;
  },
): { observe: (root: Node) => void } {
  let pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = BATCH_MS;
  let busy: Promise<void> | undefined;
  let lastRun = 0;

  const flush = async () => {
    timer = undefined;
    if (busy) return void (timer = setTimeout(flush, delay));
    const roots = pending;
    pending = new Set();
    // a page that changes again right after each read is read less and less often
    delay = performance.now() - lastRun < delay * 2 ? Math.min(delay * 2, MAX_BATCH_MS) : BATCH_MS;
    lastRun = performance.now();
    busy = o.reread(minimalRoots(roots)).catch((e) => console.debug('[dossier] rescan failed', e));
    await busy;
    busy = undefined;
  };

  const observer = new MutationObserver((records) => {
    if (!o.active()) return;
    for (const r of records) {
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n === o.ownHost)) continue;
      const target = r.target.nodeType === Node.TEXT_NODE ? r.target.parentElement : (r.target as Element);
      if (!target || insideExcluded(target, o.ownHost)) continue;
      pending.add(target instanceof Element ? blockOf(target) : target);
    }
    if (pending.size && !timer) timer = setTimeout(flush, delay);
  });

  const observe = (root: Node) => observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  observe(doc.documentElement);
  return { observe };
}

/** Drops roots that lie inside other roots: reading the outer one covers them. */
export function minimalRoots(roots: ReadonlySet<Node>): Set<Node> {
  return new Set([...roots].filter((r) => !insideAny(r.parentNode, roots)));
}
