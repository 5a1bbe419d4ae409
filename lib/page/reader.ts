import type { ContentRequest, Reply } from '../protocol/messages';
import { decodeMatches, MATCH_MAX_TEXTS, type PageMention } from '../shared/wire';
import { extractBlocks, extractBlocksSliced, insideExcluded, type Block, type Early } from './extract';
import type { Observe } from './lazy';
import { inView, inViewFirst, yieldToMain, type Timers } from './schedule';

/** A block we have read, with every candidate the matcher found in it (before page-level checks). */
interface ReadBlock {
  block: Block;
  found: PageMention[];
  /** position in the page, for putting blocks read out of order back in order */
  order: number;
}

type Ask = (req: ContentRequest & { type: 'match' }) => Promise<Reply<'match'>>;

/**
 * Text goes to the background for matching in batches of about BATCH_CHARS. The page's main thread
 * pays for each message as it is sent, and not in proportion: on the 1 MB page in Chromium a batch
 * of 256K characters took 10 ms and more to send, one of 128K about 1, so the page's text costs less
 * in many small messages (sending it all: about 70 ms in batches growing to 512K, 30 in batches of
 * 32K; smaller ones add a message's own cost again).
 */
export const BATCH_CHARS = 32_000;
/**
 * A page with more text than this has its part in view read and painted while the rest is still
 * walked (readDocument): its first highlight waits neither for the walk of the rest nor for a whole
 * first batch to be matched. Two first batches: a typical article stays on the one-pass path.
 */
const EARLY_CHARS = 2 * BATCH_CHARS;

const placeOf = (blocks: readonly Block[]) => new Map(blocks.map((b, i) => [b, i]));

/**
 * The page's text as read so far: its blocks and the names the background found in each. The
 * knowledge base and the matcher stay in the background; this side only sends text.
 */
export class PageText {
  private readonly blocks = new Map<number, ReadBlock>();
  private nextBlock = 0;
  /** blocks read since the last full read have no order among the others yet */
  private unordered = false;

  constructor(
    private readonly ownHost: Element,
    private readonly ask: Ask,
    private readonly signal: AbortSignal,
    /** an open shadow root met while reading: it is followed for changes too */
    private readonly onShadowRoot: (root: ShadowRoot) => void,
  ) {}

  /** The whole document's blocks, walked in slices so the page keeps the main thread; `early` as in extractBlocksSliced. */
  private async extractAll(doc: Document, early?: Early): Promise<Block[]> {
    this.blocks.clear();
    this.unordered = false;
    return extractBlocksSliced(doc.body ?? doc.documentElement, this.ownHost, this.onShadowRoot, yieldToMain, undefined, early);
  }

  /**
   * Reads the whole document, the part in view first (asked of the browser through `observe`, no
   * layout read): `onLanguage` gets the first blocks, to tell the page's language, and `onFirstPart`
   * runs once the part in view is read while more is to come. On a long page that part is read while
   * the rest is still walked; when the view may run on past the part walked, or on a shorter page,
   * the whole page is walked first and read in view first.
   */
  async readDocument(doc: Document, observe: Observe, win: Timers, onLanguage: (blocks: readonly Block[]) => void, onFirstPart: () => Promise<void>): Promise<void> {
    const readInView = async (prefix: readonly Block[]): Promise<Block[]> => {
      const seen = await inView(prefix, observe, win);
      if (!seen.length || seen.at(-1) === prefix.at(-1) || this.signal.aborted) return [];
      onLanguage(prefix);
      await this.read(seen, placeOf(prefix));
      if (!this.signal.aborted) await onFirstPart();
      return seen;
    };
    let early: Promise<Block[]> | undefined;
    const list = await this.extractAll(doc, { chars: EARLY_CHARS, take: (prefix) => void (early = readInView(prefix)) });
    const first = early ? await early : [];
    if (this.signal.aborted) return;
    if (first.length) {
      const done = new Set(first);
      await this.read(list.filter((b) => !done.has(b)), placeOf(list));
      return;
    }
    const ordered = await inViewFirst(list, observe, win);
    if (this.signal.aborted) return;
    onLanguage(list);
    await this.read(ordered, placeOf(list), onFirstPart);
  }

  /**
   * Matches blocks, batch by batch; the page has the main thread while each batch is away.
   * `order` gives each block's place in the page; `onFirstBatch` runs after the first batch when
   * more follow (to paint what is in view before the rest is read).
   */
  async read(list: readonly Block[], order?: ReadonlyMap<Block, number>, onFirstBatch?: () => Promise<void>): Promise<void> {
    for (let i = 0; i < list.length; ) {
      const batch: Block[] = [];
      let chars = 0;
      while (i < list.length && batch.length < MATCH_MAX_TEXTS && (batch.length === 0 || chars + list[i]!.text.length <= BATCH_CHARS)) {
        chars += list[i]!.text.length;
        batch.push(list[i++]!);
      }
      const reply = await this.ask({ type: 'match', texts: batch.map((b) => b.text) });
      if (this.signal.aborted) return;
      batch.forEach((block, k) => {
        const id = this.nextBlock++;
        const at = order?.get(block);
        if (at === undefined) this.unordered = true;
        this.blocks.set(id, { block, found: decodeMatches(reply, k, id), order: at ?? 0 });
      });
      if (i === batch.length && i < list.length) await onFirstBatch?.();
    }
  }

  /** Re-reads only the blocks under `roots`; blocks that left the page are dropped. */
  async readChanged(roots: ReadonlySet<Node>): Promise<void> {
    for (const [id, b] of this.blocks) {
      const gone = !b.block.nodes.every((n) => n.isConnected);
      if (gone || insideAny(b.block.el, roots)) this.blocks.delete(id);
    }
    const list: Block[] = [];
    for (const r of roots) if (r.isConnected && !insideExcluded(r, this.ownHost)) list.push(...extractBlocks(r, this.ownHost, this.onShadowRoot));
    await this.read(list);
  }

  /** Every candidate on the page, in page order. */
  mentions(): PageMention[] {
    if (this.unordered) {
      // after a partial re-read: order by position in the page once, then by the numbers again
      inDocumentOrder([...this.blocks.values()]).forEach((b, i) => (b.order = i));
      this.unordered = false;
    }
    return [...this.blocks.values()].sort((a, b) => a.order - b.order).flatMap((b) => b.found);
  }

  block(id: number): Block {
    return this.blocks.get(id)!.block;
  }

}

/** Blocks read out of order (the part in view first, changed parts later) back in page order. */
function inDocumentOrder(list: ReadBlock[]): ReadBlock[] {
  return list.sort((a, b) => {
    const x = a.block.nodes[0]!;
    const y = b.block.nodes[0]!;
    return x === y ? 0 : x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

export function insideAny(node: Node | null, roots: ReadonlySet<Node>): boolean {
  for (let n = node; n; n = n.parentNode) if (roots.has(n)) return true;
  return false;
}
