/**
 * Checks of an automaton read back from storage (lib/background/matcher-cache.ts): only what keeps
 * a scan inside its arrays, in loops cheap enough for a waking worker, which runs them cold.
 */
import { MAX_WIDTH, ROOT_DENSE, type Automaton } from './automaton';

/** Whether every value of `arr` lies in [lo, hi]: one plain loop, which the engine compiles on the stack as it runs. */
export function within(arr: Int32Array, lo: number, hi: number): boolean {
  let min = lo;
  let max = hi;
  for (let i = 0; i < arr.length; i++) {
    const x = arr[i]!;
    if (x < min) min = x;
    else if (x > max) max = x;
  }
  return min >= lo && max <= hi;
}

/**
 * Whether a stored automaton is safe to scan: every array the length its state count asks for, and
 * every value that indexes another array in range, so a scan cannot run off an array. Values that
 * index nothing need no check: an edge index out of order makes an empty range, a column that is
 * not below `width` takes the sparse path, a wrong bit in `reports` reads a -1. It does not prove
 * the automaton right: the cache that stores automata is keyed by the code that built them.
 */
export function imageFits(a: Automaton): boolean {
  const n = a.fail.length;
  // a leaf never has a dense row, so there are fewer rows than states (and a root, so at least one)
  if (!Number.isInteger(a.rows) || a.rows < 1 || a.rows >= n || a.rootDense.length !== ROOT_DENSE || a.slotOf.length !== 0x10000) return false;
  if (!Number.isInteger(a.width) || a.width < 0 || a.width > MAX_WIDTH || a.dense.length !== a.rows * a.width) return false;
  if (a.edgeStart.length !== n + 1 || a.out.length !== n || a.dict.length !== n || a.reports.length !== (n + 7) >> 3) return false;
  const edges = a.edgeStart[n]!;
  if (edges > a.edgeChar.length || edges > a.edgeNext.length || !within(a.edgeStart, 0, edges)) return false;
  return within(a.edgeNext.subarray(0, edges), 0, n - 1) && within(a.fail, 0, n - 1) && within(a.dense, -n, n - 1) && [a.dict, a.rootDense].every((arr) => within(arr, -1, n - 1));
}
