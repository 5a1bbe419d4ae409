/**
 * Aho–Corasick automaton over UTF-16 code units, stored in typed arrays: built once per
 * knowledge-base version, then scanned in a single pass whatever the number of patterns.
 */
export interface Automaton {
  /** edges of state s are edgeChar/edgeNext[edgeStart[s] .. edgeStart[s + 1]), sorted by char */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeNext: Int32Array;
  /** dense root transitions for code units below 128 (-1: none) */
  rootAscii: Int32Array;
  fail: Int32Array;
  /** pattern id that ends exactly at this state, or -1 */
  out: Int32Array;
  /** nearest state on the fail chain with an output, or -1 */
  dict: Int32Array;
  patternLength: Int32Array;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const children: Map<number, number>[] = [new Map()];
  const outList: number[] = [-1];
  patterns.forEach((p, id) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let next = children[s]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outList.push(-1);
        children[s]!.set(c, next);
      }
      s = next;
    }
    if (p.length > 0 && outList[s] === -1) outList[s] = id;
  });

  const n = children.length;
  const edgeStart = new Int32Array(n + 1);
  let edges = 0;
  for (let s = 0; s < n; s++) {
    edgeStart[s] = edges;
    edges += children[s]!.size;
  }
  edgeStart[n] = edges;
  const edgeChar = new Uint16Array(edges);
  const edgeNext = new Int32Array(edges);
  for (let s = 0; s < n; s++) {
    const sorted = [...children[s]!.entries()].sort((a, b) => a[0] - b[0]);
    let k = edgeStart[s]!;
    for (const [c, t] of sorted) {
      edgeChar[k] = c;
      edgeNext[k++] = t;
    }
  }
  const rootAscii = new Int32Array(128).fill(-1);
  for (const [c, t] of children[0]!) if (c < 128) rootAscii[c] = t;

  const out = Int32Array.from(outList);
  const fail = new Int32Array(n);
  const dict = new Int32Array(n).fill(-1);
  const a: Automaton = { edgeStart, edgeChar, edgeNext, rootAscii, fail, out, dict, patternLength: Int32Array.from(patterns, (p) => p.length) };

  // breadth-first: fail links of a state depend only on shallower states
  const queue: number[] = [];
  for (let k = edgeStart[0]!; k < edgeStart[1]!; k++) queue.push(edgeNext[k]!);
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    for (let k = edgeStart[s]!; k < edgeStart[s + 1]!; k++) {
      const c = edgeChar[k]!;
      const t = edgeNext[k]!;
      let f = fail[s]!;
      let g = goTo(a, f, c);
      while (g === -1 && f !== 0) {
        f = fail[f]!;
        g = goTo(a, f, c);
      }
      fail[t] = g === -1 ? 0 : g;
      const ft = fail[t]!;
      dict[t] = out[ft] !== -1 ? ft : dict[ft]!;
      queue.push(t);
    }
  }
  return a;
}

function goTo(a: Automaton, s: number, c: number): number {
  if (s === 0 && c < 128) return a.rootAscii[c]!;
  let lo = a.edgeStart[s]!;
  let hi = a.edgeStart[s + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = a.edgeChar[mid]!;
    if (m === c) return a.edgeNext[mid]!;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Calls `hit(patternId, end)` for every occurrence of every pattern; `end` is exclusive. */
export function scan(a: Automaton, text: string, hit: (pattern: number, end: number) => void): void {
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let g = goTo(a, s, c);
    while (g === -1 && s !== 0) {
      s = a.fail[s]!;
      g = goTo(a, s, c);
    }
    s = g === -1 ? 0 : g;
    if (a.out[s] !== -1) hit(a.out[s]!, i + 1);
    for (let d = a.dict[s]!; d !== -1; d = a.dict[d]!) hit(a.out[d]!, i + 1);
  }
}
