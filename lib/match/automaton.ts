import { isWordUnit } from './boundaries';

/**
 * Aho–Corasick automaton over UTF-16 code units, stored in typed arrays: built once per
 * knowledge-base version, then scanned in a single pass whatever the number of patterns.
 * Anchored: no pattern starts with a Latin letter or digit right after one, since such a start is
 * never a whole word (lib/match/boundaries.ts). Inside such a word the scan rests in DEAD, a state
 * whose row is always in cache, instead of walking the suffixes of the word through the trie.
 */
/** After a Latin letter or digit, no trie state fits: the next letter or digit cannot start a name. */
export const DEAD = 1;
/** Where a step goes that leaves every pattern: DEAD after a letter or digit, else the root. */
const rest = (c: number) => (isWordUnit(c) ? DEAD : 0);
/** the root's transitions for every UTF-16 code unit: one read from the root, whatever the script */
export const ROOT_DENSE = 0x10000;
/**
 * States with many children (near the root, where the scan spends its time) also get a dense row
 * holding the full transition for the common code units, failure links already followed: the
 * common step is one array read, with no search and no walk up the failure chain.
 */
const DENSE_DEGREE = 2;
/** ...and so do states two characters deep, which text visits more often than any deeper ones */
const DENSE_DEPTH = 2;
/**
 * Then states three to five deep, shallower first, while the rows stay within DENSE_BYTES: text
 * follows a name's first letters often (at 10k aliases, 18% of the steps were from a state without
 * a row when rows stopped two deep, 6% at five deep, and the scan ran about a fifth faster), but
 * each row costs memory, and a worker with 50k aliases must stay within 40 MB
 */
const EXTRA_DEPTH = 5;
const DENSE_BYTES = 8 * 2 ** 20;
/** columns of the dense rows: the code units below U+0800 that some pattern holds, in code order, at most this many */
export const MAX_WIDTH = 250;
/** a code unit that some pattern holds but that has no column: the sparse path */
export const SPARSE = 254;
/** a code unit that no pattern holds: every state goes back to the root (to DEAD for a letter or digit) */
export const ABSENT = 255;

/**
 * The automaton's arrays by kind: one definition for the type below and for the schema that checks
 * an image read back from storage (lib/background/matcher-cache.ts).
 */
export const AUTOMATON_ARRAYS = {
  /** edges of state s are edgeChar/edgeNext[edgeStart[s] .. edgeStart[s + 1]), sorted by char */
  edgeStart: Int32Array,
  edgeChar: Uint16Array,
  edgeNext: Int32Array,
  /** the root's child by every code unit (-1: none) */
  rootDense: Int32Array,
  /** the column of each code unit in the dense rows (0 .. width - 1), or SPARSE, or ABSENT */
  slotOf: Uint8Array,
  fail: Int32Array,
  /** pattern id that ends exactly at this state, or -1 */
  out: Int32Array,
  /** nearest state on the fail chain with an output, or -1 */
  dict: Int32Array,
  /** bit s set when s reports (its own output, or dict's): a small table, read by the steps that do not go through a dense row (whose entries carry the same mark) */
  reports: Uint8Array,
  /**
   * `width` complete transitions (failures followed) per row, one per column of slotOf; a target
   * that reports is stored as ~target (negative), so the common step learns it without reading `reports`
   */
  dense: Int32Array,
  patternLength: Int32Array,
} as const;

export type Automaton = { -readonly [K in keyof typeof AUTOMATON_ARRAYS]: InstanceType<(typeof AUTOMATON_ARRAYS)[K]> } & {
  /**
   * States 0 .. rows - 1 (the root, then the states DENSE_DEGREE, DENSE_DEPTH and EXTRA_DEPTH pick) own row s
   * of `dense`. Numbering them first saves the scan a lookup from state to row.
   */
  rows: number;
  /** columns per dense row */
  width: number;
};

/**
 * Builds the trie from the patterns in sorted order, so every new node is the last child of a node
 * on the previous pattern's path: no per-node maps, just typed arrays. Then the states are
 * renumbered (dense ones first), and breadth-first failure links and dense rows are computed.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  // each distinct pattern once, with its first id, in code-unit order: the default sort compares
  // strings as `<` does, and several times faster than a comparator
  const firstId = new Map<string, number>();
  patterns.forEach((p, i) => p.length > 0 && !firstId.has(p) && firstId.set(p, i));
  const sorted = [...firstId.keys()].sort();

  // room for the whole trie up front: a pattern adds at most one node per unit
  const cap = sorted.reduce((n, p) => n + p.length, 2);
  const firstChild = new Int32Array(cap).fill(-1);
  const nextSibling = new Int32Array(cap).fill(-1);
  const lastChild = new Int32Array(cap).fill(-1);
  const label = new Uint16Array(cap);
  const outArr = new Int32Array(cap).fill(-1);
  const degree = new Int32Array(cap);
  const depth = new Int32Array(cap);
  // node 1 is DEAD: no label, no children
  let nodes = 2;

  const path: number[] = [0];
  let prev = '';
  for (const p of sorted) {
    let lcp = 0;
    // Stryker disable next-line MethodExpression: past the shorter string charCodeAt is NaN, which ends the loop all the same
    const max = Math.min(p.length, prev.length);
    while (lcp < max && p.charCodeAt(lcp) === prev.charCodeAt(lcp)) lcp++;
    path.length = lcp + 1;
    let s = path[lcp]!;
    for (let i = lcp; i < p.length; i++) {
      const t = nodes++;
      label[t] = p.charCodeAt(i);
      // Stryker disable next-line ArithmeticOperator: depth only decides which states get a dense row, and any state may have one
      depth[t] = i + 1;
      if (lastChild[s] === -1) firstChild[s] = t;
      else nextSibling[lastChild[s]!] = t;
      lastChild[s] = t;
      degree[s]!++;
      path.push(t);
      s = t;
    }
    outArr[s] = firstId.get(p)!;
    prev = p;
  }

  const n = nodes;
  // every code unit an edge carries is SPARSE, then those below U+0800 get columns in code order
  const slotOf = new Uint8Array(0x10000).fill(ABSENT);
  for (let t = 2; t < n; t++) slotOf[label[t]!] = SPARSE;
  const columns: number[] = [];
  for (let c = 0; c < 0x800 && columns.length < MAX_WIDTH; c++) if (slotOf[c] === SPARSE) slotOf[c] = columns.push(c) - 1;
  const width = columns.length;

  // which states get a dense row: the rule above, then deeper ones while the rows fit
  const hasRow = new Uint8Array(n);
  hasRow[DEAD] = 1;
  let rows = 2;
  for (let s = 2; s < n; s++) {
    if (degree[s]! >= DENSE_DEGREE || (degree[s]! > 0 && depth[s]! <= DENSE_DEPTH)) {
      hasRow[s] = 1;
      rows++;
    }
  }
  const most = width > 0 ? Math.floor(DENSE_BYTES / 4 / width) : 0;
  for (let d = DENSE_DEPTH + 1; d <= EXTRA_DEPTH; d++) {
    for (let s = 1; s < n && rows < most; s++) {
      if (!hasRow[s] && degree[s]! > 0 && depth[s] === d) {
        hasRow[s] = 1;
        rows++;
      }
    }
  }
  // renumber: the root, then the states that get a dense row (DEAD first), then the rest
  const renumber = new Int32Array(n);
  let next = 1;
  for (let s = 1; s < n; s++) if (hasRow[s]) renumber[s] = next++;
  for (let s = 1; s < n; s++) if (!hasRow[s]) renumber[s] = next++;
  const original = new Int32Array(n);
  for (let s = 0; s < n; s++) original[renumber[s]!] = s;

  const edgeStart = new Int32Array(n + 1);
  // Stryker disable next-line ArithmeticOperator: edges are read only up to edgeStart[n]; spare room is never read
  const edgeChar = new Uint16Array(n - 2);
  // Stryker disable next-line ArithmeticOperator: edges are read only up to edgeStart[n]; spare room is never read
  const edgeNext = new Int32Array(n - 2);
  const out = new Int32Array(n);
  let k = 0;
  for (let s = 0; s < n; s++) {
    const old = original[s]!;
    out[s] = outArr[old]!;
    edgeStart[s] = k;
    for (let c = firstChild[old]!; c !== -1; c = nextSibling[c]!) {
      edgeChar[k] = label[c]!;
      edgeNext[k++] = renumber[c]!;
    }
  }
  edgeStart[n] = k;
  const rootDense = new Int32Array(ROOT_DENSE).fill(-1);
  for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) rootDense[edgeChar[e]!] = edgeNext[e]!;

  const dense = new Int32Array(rows * width);
  const fail = new Int32Array(n);
  const dict = new Int32Array(n).fill(-1);
  const reports = new Uint8Array((n + 7) >> 3);
  const a: Automaton = { edgeStart, edgeChar, edgeNext, rootDense, slotOf, width, fail, out, dict, reports, rows, dense, patternLength: Int32Array.from(patterns, (p) => p.length) };

  // breadth-first: fail links of a state depend only on shallower states. A state's chain ends at
  // DEAD when its last unit is a Latin letter or digit, at the root otherwise
  const queue = new Int32Array(n);
  let tail = 0;
  for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) {
    const t = edgeNext[e]!;
    fail[t] = rest(edgeChar[e]!);
    queue[tail++] = t;
  }
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
      const c = edgeChar[e]!;
      const t = edgeNext[e]!;
      let f = fail[s]!;
      let g = goTo(a, f, c);
      while (g === -1 && f > DEAD) {
        f = fail[f]!;
        g = goTo(a, f, c);
      }
      fail[t] = g === -1 ? rest(c) : g;
      const ft = fail[t]!;
      dict[t] = out[ft] !== -1 ? ft : dict[ft]!;
      queue[tail++] = t;
    }
  }
  for (let s = 0; s < n; s++) if (out[s] !== -1 || dict[s] !== -1) reports[s >> 3]! |= 1 << (s & 7);
  // dense rows in breadth-first order: a state's failure target is shallower, so its row is done.
  // A row starts as a copy of its failure target's row (marks and all), then takes its own children.
  for (let slot = 0; slot < width; slot++) {
    const c = columns[slot]!;
    const g = goTo(a, 0, c);
    dense[slot] = g === -1 ? rest(c) : marked(a, g);
    dense[DEAD * width + slot] = isWordUnit(c) ? DEAD : dense[slot]!;
  }
  for (let q = 0; q < tail; q++) {
    const s = queue[q]!;
    if (s >= rows) continue;
    const f = fail[s]!;
    const base = s * width;
    if (f < rows) dense.copyWithin(base, f * width, f * width + width);
    else for (let slot = 0; slot < width; slot++) dense[base + slot] = marked(a, step(a, f, columns[slot]!));
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
      const slot = slotOf[edgeChar[e]!]!;
      if (slot < width) dense[base + slot] = marked(a, edgeNext[e]!);
    }
  }
  return a;
}

/** The complete transition from `s` on `c`, failures followed (0: back to the root; DEAD: inside a word). */
export function step(a: Automaton, s: number, c: number): number {
  const slot = a.slotOf[c]!;
  if (slot === ABSENT) return rest(c);
  for (;;) {
    if (slot < a.width && s < a.rows) return plain(a.dense[s * a.width + slot]!);
    const g = goTo(a, s, c);
    if (g !== -1) return g;
    if (s <= DEAD) return rest(c);
    s = a.fail[s]!;
  }
}

/** Whether state `s` reports: its own output, or one on its failure chain. */
const reportsAt = (a: Automaton, s: number) => (a.reports[s >> 3]! & (1 << (s & 7))) !== 0;

/** A dense entry for target `t`: ~t when it reports (see `dense`). */
const marked = (a: Automaton, t: number) => (reportsAt(a, t) ? ~t : t);

/** The first state to report from `s`: s itself if it has an output, else dict's (-1: none). */
export const firstReport = (a: Automaton, s: number) => (a.out[s] !== -1 ? s : a.dict[s]!);

/** A dense entry's state, whether or not it carries the mark of a state that reports. */
export const plain = (entry: number) => (entry < 0 ? ~entry : entry);

/** The child of `s` by `c` (binary search over its sorted edges), or -1; DEAD's are the root's that no letter or digit starts. */
function goTo(a: Automaton, s: number, c: number): number {
  if (s === 0) return a.rootDense[c]!;
  // Stryker disable next-line UnaryOperator: DEAD (1) instead of -1 on a letter or digit is where every caller then goes
  if (s === DEAD) return isWordUnit(c) ? -1 : a.rootDense[c]!;
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
