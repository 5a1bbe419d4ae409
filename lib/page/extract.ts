/**
 * Walks a document's text nodes into blocks: runs of text that belong to the same block element,
 * so a name never matches across a heading and the next paragraph. Fields, editable areas, code,
 * text kept for screen readers only and our own UI are never entered.
 */

import { MATCH_MAX_TEXT_CHARS } from '../shared/wire';

export interface Block {
  /** the block element the text belongs to */
  el: Element;
  nodes: Text[];
  /** starts[i] = offset of nodes[i] in `text` */
  starts: number[];
  /** the nodes' text, never longer than one match message: a single longer node is kept in its first part */
  text: string;
}

const SKIP_TAGS = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'CODE', 'PRE', 'KBD', 'SAMP', 'HEAD', 'TITLE'];
const BLOCK_TAGS = [
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL', 'BUTTON', 'LABEL',
];
// tag names as the DOM gives them: upper case in HTML, lower case for SVG, MathML and XHTML
const SKIP = new Set([...SKIP_TAGS, ...SKIP_TAGS.map((t) => t.toLowerCase())]);
const BLOCK = new Set([...BLOCK_TAGS, ...BLOCK_TAGS.map((t) => t.toLowerCase())]);
/**
 * Areas never read, by one selector, for one element (matches) or a whole tree (querySelectorAll):
 * editable ones, and text the page hides for screen readers only (the common utility classes: "The
 * Verge homepage" on a logo link), which no reader sees painted and which would take the first
 * mention's mark from the visible one.
 */
const UNREAD = '[contenteditable]:not([contenteditable="false"]), [role="textbox"], .sr-only, .visually-hidden, .visuallyhidden, .screen-reader-text, .screen-reader-only';

const isUnread = (el: Element) => el.matches(UNREAD);

/** True when text inside `el` must never be annotated; `unread` may answer from a query made beforehand. */
export function isExcluded(el: Element, ownHost: Element | null, unread: (el: Element) => boolean = isUnread): boolean {
  return el === ownHost || SKIP.has(el.tagName) || unread(el);
}

export function blockOf(el: Element, cache: Map<Element, Element> = new Map()): Element {
  const hit = cache.get(el);
  if (hit) return hit;
  let b: Element = el;
  while (!BLOCK.has(b.tagName) && b.parentElement) b = b.parentElement;
  cache.set(el, b);
  return b;
}

/** Is `node` (a text node or element) inside something we never annotate? */
export function insideExcluded(node: Node, ownHost: Element | null): boolean {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (isExcluded(el, ownHost)) return true;
  }
  return false;
}

/**
 * The blocks under `root`, in document order, then those inside open shadow roots found on the way
 * (each reported to `onShadowRoot`, so the caller can watch it for changes). A generator: it pauses
 * every few hundred nodes so a caller can give the page the main thread (see extractBlocksSliced).
 * The blocks are appended to `blocks` as they are found, so a caller can read the part walked so far.
 */
export function* walkBlocks(root: Node, ownHost: Element | null = null, onShadowRoot?: (r: ShadowRoot) => void, blocks: Block[] = []): Generator<void, Block[]> {
  const doc = root.ownerDocument ?? (root as Document);
  const cache = new Map<Element, Element>();
  const shadows: ShadowRoot[] = [];
  // no filter callback: a call from the DOM into script for every node costs more than the walk.
  // Areas never read are found by one selector query.
  const unread = new Set<Element>('querySelectorAll' in root ? (root as ParentNode).querySelectorAll(UNREAD) : []);
  const isUnreadHere = (el: Element) => unread.has(el);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** the next node after the current one's subtree */
  const past = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };
  let current: Block | undefined;
  let currentBlock: Element | undefined;
  let lastParent: Element | null = null;
  /** a <br> since the last text node separates the runs around it */
  let br = false;
  let seen = 0;
  for (let n = walker.nextNode(); n; ) {
    if (++seen % 256 === 0) yield;
    if (n.nodeType !== Node.TEXT_NODE) {
      const el = n as Element;
      if (isExcluded(el, ownHost, isUnreadHere)) {
        n = past();
        continue;
      }
      if (el.tagName === 'BR' || el.tagName === 'br') br = true;
      else if (el.shadowRoot) shadows.push(el.shadowRoot);
      n = walker.nextNode();
      continue;
    }
    const t = n as Text;
    n = walker.nextNode();
    const data = t.data;
    if (!data) continue;
    const parent = t.parentElement;
    if (!parent) continue;
    const block = parent === lastParent && currentBlock ? currentBlock : blockOf(parent, cache);
    lastParent = parent;
    // a <br> or a nested block between two runs also separates them
    const broken = br && current && current.nodes.length > 0;
    br = false;
    // a block that would outgrow one message starts anew at this node (a name across the cut is missed)
    if (!current || block !== currentBlock || broken || current.text.length + data.length > MATCH_MAX_TEXT_CHARS) {
      if (current && /\S/.test(current.text)) blocks.push(current);
      current = { el: block, nodes: [], starts: [], text: '' };
      currentBlock = block;
    }
    current.starts.push(current.text.length);
    current.nodes.push(t);
    current.text += data.length > MATCH_MAX_TEXT_CHARS ? data.slice(0, MATCH_MAX_TEXT_CHARS) : data;
  }
  if (current && /\S/.test(current.text)) blocks.push(current);
  for (const shadow of shadows) {
    onShadowRoot?.(shadow);
    blocks.push(...(yield* walkBlocks(shadow, ownHost, onShadowRoot)));
  }
  return blocks;
}

/** All blocks at once (small roots: a changed paragraph, a test fixture). */
export function extractBlocks(root: Node, ownHost: Element | null = null, onShadowRoot?: (r: ShadowRoot) => void): Block[] {
  const walk = walkBlocks(root, ownHost, onShadowRoot);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/** A long page's beginning, handed over before the walk goes on: the part in view can be read while the rest is walked. */
export interface Early {
  /** handed over once the blocks walked hold this many characters (never, on a shorter page) */
  chars: number;
  take(prefix: readonly Block[]): void;
}

/**
 * All blocks, in slices of about `sliceMs`, giving the page the main thread between them; `early`
 * gets the blocks walked so far at the first pause after they pass its size (blocks are only
 * appended, so the prefix keeps its place in the final list).
 */
export async function extractBlocksSliced(
  root: Node,
  ownHost: Element | null,
  onShadowRoot: (r: ShadowRoot) => void,
  yieldToPage: () => Promise<void>,
  sliceMs = 8,
  early?: Early,
): Promise<Block[]> {
  const blocks: Block[] = [];
  const walk = walkBlocks(root, ownHost, onShadowRoot, blocks);
  let until = performance.now() + sliceMs;
  let counted = 0;
  let chars = 0;
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    if (early) {
      for (; counted < blocks.length; counted++) chars += blocks[counted]!.text.length;
      if (chars >= early.chars) {
        early.take(blocks.slice());
        early = undefined;
      }
    }
    if (performance.now() > until) {
      await yieldToPage();
      until = performance.now() + sliceMs;
    }
  }
}

/**
 * The index of the node holding block offset `offset` (binary search: a block can hold thousands of
 * nodes); `end` picks the node that ends there rather than one that starts there.
 */
export function nodeAt(block: Block, offset: number, end: boolean): number {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid]!;
    if (start < offset || (!end && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The node holding block offset `offset`, and the offset within it (see nodeAt). */
export function locate(block: Block, offset: number, end: boolean): { node: Text; offset: number } {
  const i = nodeAt(block, offset, end);
  return { node: block.nodes[i]!, offset: offset - block.starts[i]! };
}
