/**
 * Main-thread manners: work in slices of about SLICE_MS, yielding to the page between them, and
 * the part of the page in view first.
 */
export const SLICE_MS = 8;

export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` on each item in slices; after each slice `between` runs (the caller paints there)
 * and the page gets the thread back. Stops when `signal` aborts.
 */
export async function schedule<T>(items: readonly T[], signal: AbortSignal, work: (item: T) => void, between?: () => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; ) {
    const until = performance.now() + SLICE_MS;
    do work(items[i++]!);
    while (i < items.length && performance.now() < until);
    await between?.();
    if (signal.aborted) return;
    if (i < items.length) await yieldToMain();
  }
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
