import { browser } from 'wxt/browser';
import { LANGS, type Lang } from '../kb/types';
import { AMBIGUOUS, MATCH_MAX_TEXTS, PARTIAL } from '../match/codes';
import { resolveMentions } from '../match/disambiguate';
import type { Card, Mention } from '../messages';
import { KEYS, siteMode } from '../prefs';
import type { Settings } from '../settings';
import { askBackground as ask, isTabRequest } from './client';
import { countMentions, piecesOf, toRange, type PageMention } from './annotate';
import { blockOf, extractBlocks, extractBlocksSliced, insideExcluded, type Block } from './extract';
import { caretAt, watchHover, type Hit } from './hover';
import { MentionIndex } from './hit';
import { watchKeyboard } from './keyboard';
import { Overlay } from './overlay';
import { LAZY_ABOVE, NearViewport, type Mark } from './lazy';
import { FOCUS_HIGHLIGHT, focusMention, highlightsSupported, paint, paintMore, unpaint } from './paint';
import { contains, type Rect } from './position';
import { afterNextFrame, visibleFirst, yieldToMain } from './schedule';

/** The page's language, as far as cards go: its declared language, or Arabic when its text is. */
export function pageLang(doc: Document, sample: string): Lang {
  const declared = (doc.documentElement.lang || '').slice(0, 2).toLowerCase();
  if ((LANGS as readonly string[]).includes(declared)) return declared as Lang;
  const arabic = (sample.match(/[\u0600-\u06FF]/g) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  return letters > 0 && arabic / letters > 0.3 ? 'ar' : 'en';
}

/**
 * Dossier reads the page the reader opened: its top document and frames of the same origin. A
 * frame from elsewhere (an ad, a social embed) would cost the page a reading of its own, and its
 * names are not the article's.
 */
export function isReadableFrame(win: Window): boolean {
  if (win === win.top) return true;
  try {
    return win.top!.location.origin === win.location.origin;
  } catch {
    // reading a cross-origin top's location throws
    return false;
  }
}

/** The language cards are shown in: the reader's choice, the page's, or the browser's. */
export function cardLang(choice: Settings['cardLanguage'], page: Lang, ui: () => string): Lang {
  if (choice === 'page') return page;
  if (choice !== 'ui') return choice;
  const l = ui().slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(l) ? (l as Lang) : 'en';
}

/** A block we have read, with every candidate the matcher found in it (before page-level checks). */
interface ReadBlock {
  block: Block;
  found: PageMention[];
  /** position in the page, for putting blocks read out of order back in order */
  order: number;
  /** in a headline: asked only of blocks with a kept mention, then remembered */
  headline?: boolean;
}

interface Painted {
  mentions: PageMention[];
  /** the Range of mention i, made on first use: live ranges cost the page on every DOM change */
  rangeOf: (i: number) => Range;
  index: MentionIndex;
  counts: Map<string, number>;
}

/**
 * Text goes to the background for matching in batches: the first (the part in view) of about
 * FIRST_BATCH_CHARS, then each twice the last up to MAX_BATCH_CHARS. Every message has a fixed
 * cost on the page's main thread, so a long page goes in a few large ones.
 */
const FIRST_BATCH_CHARS = 32_000;
const MAX_BATCH_CHARS = 512_000;

/** Mutations are batched; a page that keeps changing is read less often (the observer backs off). */
const BATCH_MS = 150;
const MAX_BATCH_MS = 3000;

/**
 * Dossier on one document: read, paint, report, answer hovers and keys, follow changes. Everything
 * it sets up is torn down through `signal`.
 */
export async function runDossier(win: Window, signal: AbortSignal): Promise<void> {
  const doc = win.document;
  if (!highlightsSupported() || !isReadableFrame(win)) return;
  const overlay = new Overlay(doc);
  const cards = new Map<string, Card>();
  const blocks = new Map<number, ReadBlock>();
  const shadowRoots = new Set<ShadowRoot>();
  let nextBlock = 0;
  let settings: Settings = await ask({ type: 'settings/get' });
  let painted: Painted | undefined;
  /** the page's own language, and the one its cards are in (the reader's setting applied to it) */
  let pageLanguage: Lang = 'en';
  let lang: Lang = 'en';
  /** Cards already fetched are in the old language: a new one empties them, and the next repaint asks again. */
  const applyCardLanguage = () => {
    const next = cardLang(settings.cardLanguage, pageLanguage, () => browser.i18n.getUILanguage());
    if (next === lang) return;
    lang = next;
    cards.clear();
    overlay.hide();
  };

  const loadSettings = async () => {
    settings = await ask({ type: 'settings/get' });
  };
  const mode = () => siteMode(settings, win.location.hostname);

  const report = (mentions: Mention[], aiPage: boolean) => ask({ type: 'page/report', url: win.location.href, lang, mentions, aiPage, mode: mode() }).catch(() => undefined);
  const inHeadline = (m: PageMention) => {
    const b = blocks.get(m.block);
    return !!b && (b.headline ??= !!b.block.el.closest('h1, [itemprop=headline], .headline'));
  };
  /** blocks read since the last full read have no order among the others yet */
  let unordered = false;

  /**
   * Reads blocks into `blocks`: their text is matched in the background, batch by batch, and the
   * page has the main thread while each batch is away. `onFirstBatch` paints what is in view
   * (`more`: other batches follow).
   */
  const read = async (list: Block[], onFirstBatch?: (more: boolean) => Promise<void>, order?: Map<Block, number>) => {
    let size = FIRST_BATCH_CHARS;
    for (let i = 0; i < list.length; size = Math.min(size * 2, MAX_BATCH_CHARS)) {
      const batch: Block[] = [];
      let chars = 0;
      while (i < list.length && batch.length < MATCH_MAX_TEXTS && (batch.length === 0 || chars + list[i]!.text.length <= size)) {
        chars += list[i]!.text.length;
        batch.push(list[i++]!);
      }
      const reply = await ask({ type: 'match', texts: batch.map((b) => b.text) });
      if (signal.aborted) return;
      batch.forEach((block, k) => {
        const id = nextBlock++;
        const flat = reply.matches[k] ?? [];
        const found: PageMention[] = [];
        for (let j = 0; j + 3 < flat.length; j += 4) {
          const flags = flat[j + 3]!;
          found.push({ block: id, start: flat[j]!, end: flat[j + 1]!, entity: reply.entities[flat[j + 2]!]!, ambiguous: !!(flags & AMBIGUOUS), partial: !!(flags & PARTIAL) });
        }
        const at = order?.get(block);
        if (at === undefined) unordered = true;
        blocks.set(id, { block, found, order: at ?? 0 });
      });
      if (i === batch.length) await onFirstBatch?.(i < list.length);
    }
  };

  /**
   * Recomputes what is kept from every block's candidates, then paints and reports it. `partial`:
   * more of the page is on its way, so only what is near the reader is painted (what a later
   * repaint finds again stays as it is).
   */
  const repaint = async (final: boolean, partial = false) => {
    const m = mode();
    if (m === 'off') {
      clear();
      if (final) await report([], false);
      return;
    }
    if (unordered) {
      // after a partial re-read: order by position in the page once, then by the numbers again
      inDocumentOrder([...blocks.values()]).forEach((b, i) => (b.order = i));
      unordered = false;
    }
    const all = [...blocks.values()].sort((a, b) => a.order - b.order).flatMap((b) => b.found);
    const { kept, aiPage } = resolveMentions(all, m);
    const missing = [...new Set(kept.map((k) => k.entity))].filter((id) => !cards.has(id));
    if (missing.length) for (const c of (await ask({ type: 'cards/get', ids: missing, lang })).cards) cards.set(c.id, c);
    if (signal.aborted) return;
    const shown = kept.filter((k) => {
      const card = cards.get(k.entity);
      return card && !settings.hiddenTypes.includes(card.type);
    });
    const marks: Mark[] = shown.map((k, i) => ({ el: blocks.get(k.block)!.block.el, type: cards.get(k.entity)!.type, mention: i }));
    // the same mention keeps its Range from one repaint to the next, so unchanged highlights stay
    let previous: Map<string, Range> | undefined = ranges;
    const made = (ranges = new Map<string, Range>());
    const rangeOf = (i: number) => {
      const k = shown[i]!;
      const key = keyOf(k);
      let r = made.get(key);
      if (!r) made.set(key, (r = previous?.get(key) ?? toRange(doc, blocks.get(k.block)!.block, k.start, k.end)));
      return r;
    };
    // hovering finds painted mentions only, so they enter the index as they are painted
    const index = new MentionIndex();
    const paintedBefore = paintedBlocks;
    const paintedNow = (paintedBlocks = new Set<number>());
    const byType = (list: readonly Mark[]) => {
      const out = new Map<Card['type'], Range[]>();
      for (const m of list) {
        const k = shown[m.mention]!;
        paintedNow.add(k.block);
        for (const p of piecesOf(blocks.get(k.block)!.block, k.start, k.end)) index.add(p.node, { start: p.start, end: p.end, mention: m.mention });
        const ranges = out.get(m.type);
        if (ranges) ranges.push(rangeOf(m.mention));
        else out.set(m.type, [rangeOf(m.mention)]);
      }
      return out;
    };
    if (marks.length <= LAZY_ABOVE && !partial) {
      lazy = undefined;
      paint(byType(marks), shadowRoots, settings.highlightStyle);
    } else {
      // a big page, or one still being read: paint near the reader, and more as they scroll
      lazy = new NearViewport(win, (batch, replace) => (replace ? paint : paintMore)(byType(batch), shadowRoots, settings.highlightStyle));
      lazy.set(marks, (m) => paintedBefore.has(shown[m.mention]!.block));
    }
    // Ranges of the last paint that were not reused are dropped: live ranges cost the page on every change
    previous = undefined;
    // one count serves the card and the report; headlines matter to the report only
    const counted = countMentions(shown, final ? inHeadline : undefined);
    painted = { mentions: shown, rangeOf, index, counts: new Map(counted.map((c) => [c.id, c.count])) };
    if (final) await report(counted, aiPage);
  };

  let lazy: NearViewport | undefined;
  /** the Ranges of the current paint, by block and offsets, and the blocks it painted in */
  let ranges = new Map<string, Range>();
  let paintedBlocks = new Set<number>();
  let scrollFrame = 0;
  win.addEventListener(
    'scroll',
    () => {
      if (lazy && !scrollFrame) scrollFrame = win.requestAnimationFrame(() => ((scrollFrame = 0), lazy?.update()));
    },
    { capture: true, passive: true, signal },
  );

  const clear = () => {
    lazy = undefined;
    ranges = new Map();
    paintedBlocks = new Set();
    unpaint();
    overlay.hide();
    painted = undefined;
  };

  const watchShadow = (root: ShadowRoot) => {
    if (shadowRoots.has(root)) return;
    shadowRoots.add(root);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  };

  /** Reads the whole document, the part in view first, and paints as soon as that part is read. */
  const readAll = async () => {
    blocks.clear();
    unordered = false;
    const list = await extractBlocksSliced(doc.body ?? doc.documentElement, overlay.host, watchShadow, yieldToMain);
    // what is in view is known only after layout: let the page lay itself out first
    await afterNextFrame(win);
    if (signal.aborted) return;
    pageLanguage = pageLang(doc, list.slice(0, 50).map((b) => b.text).join(' '));
    applyCardLanguage();
    await read(visibleFirst(list, win.innerHeight), (more) => repaint(false, more), new Map(list.map((b, i) => [b, i])));
    if (!signal.aborted) await repaint(true);
  };

  /** Re-reads only the blocks under `roots`; blocks that left the page are dropped. */
  const readChanged = async (roots: Set<Node>) => {
    for (const [id, b] of blocks) {
      const gone = !b.block.nodes.every((n) => n.isConnected);
      if (gone || insideAny(b.block.el, roots)) blocks.delete(id);
    }
    const list: Block[] = [];
    for (const r of roots) if (r.isConnected && !insideExcluded(r, overlay.host)) list.push(...extractBlocks(r, overlay.host, watchShadow));
    await read(list);
    if (!signal.aborted) await repaint(true);
  };

  // --- following changes: batched, only the blocks that changed, backing off when the page is busy
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
    busy = readChanged(minimalRoots(roots)).catch((e) => console.debug('[dossier] rescan failed', e));
    await busy;
    busy = undefined;
  };

  const observer = new MutationObserver((records) => {
    // while the site is off nothing is read: turning it on reads the whole page
    if (mode() === 'off') return;
    for (const r of records) {
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n === overlay.host)) continue;
      const target = r.target.nodeType === Node.TEXT_NODE ? r.target.parentElement : (r.target as Element);
      if (!target || insideExcluded(target, overlay.host)) continue;
      pending.add(target instanceof Element ? blockOf(target) : target);
    }
    if (pending.size && !timer) timer = setTimeout(flush, delay);
  });

  // --- hover and keyboard
  const lookup = (x: number, y: number): Hit | undefined => {
    if (!painted) return undefined;
    const pos = caretAt(doc, x, y);
    if (!pos) return undefined;
    const i = painted.index.at(pos.node, pos.offset);
    if (i === undefined) return undefined;
    for (const rect of painted.rangeOf(i).getClientRects()) if (contains(rect, x, y, 1)) return { mention: i, rect };
    return undefined;
  };

  const openCard = (id: string, anchor: Rect, focus = false) => {
    const card = cards.get(id);
    if (!card || !painted) return;
    overlay.show(card, painted.counts.get(id) ?? 0, anchor, new Set(painted.counts.keys()), (target) => void openRelated(target, anchor), focus);
  };

  const openRelated = async (id: string, anchor: Rect) => {
    if (!cards.has(id)) {
      const [card] = (await ask({ type: 'cards/get', ids: [id], lang })).cards;
      if (card) cards.set(id, card);
    }
    openCard(id, anchor, true);
  };

  watchHover(win, signal, {
    lookup,
    open: (hit) => painted && openCard(painted.mentions[hit.mention]!.entity, hit.rect),
    close: () => overlay.hide(),
    isOwnUi: (t) => overlay.contains(t),
    isOpen: () => overlay.visible,
    delay: () => settings.hoverDelay,
  });

  const keyboard = watchKeyboard(win, signal, overlay, {
    count: () => painted?.mentions.length ?? 0,
    range: (i) => painted?.rangeOf(i),
    open: (i, rect) => painted && openCard(painted.mentions[i]!.entity, rect, false),
    label: (i) => {
      const card = painted && cards.get(painted.mentions[i]!.entity);
      return card ? `${card.name}: ${card.description}` : '';
    },
  });

  /** The popup's "N mentions": scroll to the entity's next mention and flash it. */
  let revealed = -1;
  let flash: ReturnType<typeof setTimeout> | undefined;
  const reveal = (entity: string) => {
    if (!painted) return;
    const n = painted.mentions.length;
    for (let k = 1; k <= n; k++) {
      const i = (revealed + k) % n;
      if (painted.mentions[i]!.entity !== entity) continue;
      revealed = i;
      focusMention(painted.rangeOf(i), 'smooth');
      clearTimeout(flash);
      flash = setTimeout(() => !keyboard.active && CSS.highlights.delete(FOCUS_HIGHLIGHT), 1500);
      return;
    }
  };

  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(KEYS.settings in changes)) return;
    void (async () => {
      const before = mode();
      await loadSettings();
      applyCardLanguage();
      // a site switched on from off is read afresh: a page that loaded while off has only its
      // changes read, if anything; otherwise what was read is painted anew
      if (before === 'off' && mode() !== 'off') await readAll();
      else await repaint(true);
    })();
  };
  browser.storage.onChanged.addListener(onStorage);

  const onMessage = (raw: unknown) => {
    if (!isTabRequest(raw)) return undefined;
    if (raw.type === 'content/focus') keyboard.start();
    if (raw.type === 'content/reveal') reveal(raw.entity);
    return Promise.resolve({ ok: true as const });
  };
  if (win === win.top) browser.runtime.onMessage.addListener(onMessage);

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
    clear();
    overlay.destroy();
  });

  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  if (mode() === 'off') await report([], false);
  else await readAll();
}

const keyOf = (m: PageMention) => `${m.block}:${m.start}:${m.end}`;

/** Blocks read out of order (the part in view first, changed parts later) back in page order. */
function inDocumentOrder(list: ReadBlock[]): ReadBlock[] {
  return list.sort((a, b) => {
    const x = a.block.nodes[0]!;
    const y = b.block.nodes[0]!;
    return x === y ? 0 : x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/** Drops roots that lie inside other roots: reading the outer one covers them. */
export function minimalRoots(roots: ReadonlySet<Node>): Set<Node> {
  return new Set([...roots].filter((r) => !insideAny(r.parentNode, roots)));
}

function insideAny(node: Node | null, roots: ReadonlySet<Node>): boolean {
  for (let n = node; n; n = n.parentNode) if (roots.has(n)) return true;
  return false;
}
