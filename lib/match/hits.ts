/** Hits as (pattern id, end exclusive) pairs, in a buffer reused from scan to scan. */
export interface Hits {
  data: Int32Array;
  count: number;
}

export function createHits(): Hits {
  return { data: new Int32Array(512), count: 0 };
}

export function pushHit(h: Hits, pattern: number, end: number): void {
  if (h.count * 2 + 2 > h.data.length) {
    const d = new Int32Array(h.data.length * 2);
    d.set(h.data);
    h.data = d;
  }
  h.data[h.count * 2] = pattern;
  h.data[h.count * 2 + 1] = end;
  h.count++;
}
