import { browser } from 'wxt/browser';
import { ask } from '../client';
import { LANGS, type EntityType, type Lang } from '../kb/schema';
import { Matcher } from '../match/matcher';
import { TabRequest, type Card, type Mention } from '../messages';
import { isActiveOn, KEYS, readSettings } from '../settings';
import { countMentions, matchBlocks, piecesOf, resolveMentions, toRange, type PageMention } from './annotate';
import { extractBlocks, insideExcluded, type Block } from './extract';
import { caretAt, watchHover, type Hit } from './hover';
import { MentionIndex } from './hit';
import { Overlay } from './overlay';
import { highlightsSupported, paint, unpaint } from './paint';
import { contains } from './position';

/** Work slices stay short so the page keeps the main thread. */
const SLICE_MS = 8;
const RESCAN_DELAY_MS = 400;

function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The page's language, as far as cards go: its declared language, or Arabic when its text is. */
export function pageLang(doc: Document, sample: string): Lang {
  const declared = (doc.documentElement.lang || '').slice(0, 2).toLowerCase();
  if ((LANGS as readonly string[]).includes(declared)) return declared as Lang;
  const arabic = (sample.match(/[\u0600-\u06FF]/g) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  return letters > 0 && arabic / letters > 0.3 ? 'ar' : 'en';
}

interface Painted {
  mentions: PageMention[];
  ranges: Range[];
  index: MentionIndex;
  cards: Map<string, Card>;
  counts: Map<string, number>;
}

/**
 * Dossier on one document: scan, paint, report, answer hovers, follow changes. Everything it sets
 * up is torn down through `signal`.
 */
export async function runDossier(win: Window, signal: AbortSignal): Promise<void> {
  const doc = win.document;
  if (!highlightsSupported()) return;
  const overlay = new Overlay(doc);
  let matcher: Matcher | undefined;
  let painted: Painted | undefined;
  let lang: Lang = 'en';
  let running: Promise<void> | undefined;
  let dirty = false;

  const settingsActive = async () =>
    isActiveOn(readSettings((await browser.storage.local.get(KEYS.settings))[KEYS.settings]), win.location.hostname);

  const clear = () => {
    unpaint();
    overlay.hide();
    painted = undefined;
  };

  const report = (mentions: Mention[]) =>
    ask({ type: 'page/report', url: win.location.href, lang, mentions }).catch(() => undefined);

  const scan = async (): Promise<void> => {
    if (!(await settingsActive())) {
      clear();
      await report([]);
      return;
    }
    matcher ??= new Matcher(await ask({ type: 'matcher/get' }));
    const root = doc.body ?? doc.documentElement;
    const blocks: Block[] = extractBlocks(root, overlay.host);
    lang = pageLang(doc, blocks.slice(0, 50).map((b) => b.text).join(' '));
    const found: PageMention[] = [];
    for (let b = 0; b < blocks.length; ) {
      const until = performance.now() + SLICE_MS;
      while (b < blocks.length && performance.now() < until) {
        matchBlocks(matcher, blocks, b, b + 1, found);
        b++;
      }
      if (b < blocks.length) await yieldToMain();
      if (signal.aborted) return;
    }
    const mentions = resolveMentions(found);
    const counts = countMentions(mentions);
    const ids = counts.map((c) => c.id);
    const cards = new Map((ids.length ? (await ask({ type: 'cards/get', ids, lang })).cards : []).map((c) => [c.id, c]));
    if (signal.aborted) return;
    const byType = new Map<EntityType, Range[]>();
    const index = new MentionIndex();
    const ranges: Range[] = [];
    const kept: PageMention[] = [];
    for (const m of mentions) {
      const card = cards.get(m.entity);
      if (!card) continue;
      const block = blocks[m.block]!;
      const range = toRange(doc, block, m.start, m.end);
      const i = kept.length;
      kept.push(m);
      ranges.push(range);
      for (const p of piecesOf(block, m.start, m.end)) index.add(p.node, { start: p.start, end: p.end, mention: i });
      const list = byType.get(card.type) ?? [];
      list.push(range);
      byType.set(card.type, list);
    }
    paint(byType);
    painted = { mentions: kept, ranges, index, cards, counts: new Map(counts.map((c) => [c.id, c.count])) };
    await report(counts);
  };

  /** One scan at a time; changes that arrive during a scan cause one more afterwards. */
  const rescan = (): Promise<void> => {
    if (running) {
      dirty = true;
      return running;
    }
    running = scan()
      .catch((e) => console.debug('[dossier] scan failed', e))
      .finally(() => {
        running = undefined;
        if (dirty && !signal.aborted) {
          dirty = false;
          void rescan();
        }
      });
    return running;
  };

  const lookup = (x: number, y: number): Hit | undefined => {
    if (!painted) return undefined;
    const pos = caretAt(doc, x, y);
    if (!pos) return undefined;
    const i = painted.index.at(pos.node, pos.offset);
    if (i === undefined) return undefined;
    for (const rect of painted.ranges[i]!.getClientRects()) if (contains(rect, x, y, 1)) return { mention: i, rect };
    return undefined;
  };

  const openCard = (id: string, anchor: Hit['rect']) => {
    if (!painted) return;
    const card = painted.cards.get(id);
    if (card) overlay.show(card, painted.counts.get(id) ?? 0, anchor, new Set(painted.cards.keys()), (target) => openRelated(target, anchor));
  };

  const openRelated = async (id: string, anchor: Hit['rect']) => {
    if (!painted) return;
    if (!painted.cards.has(id)) {
      const [card] = (await ask({ type: 'cards/get', ids: [id], lang })).cards;
      if (card) painted.cards.set(id, card);
    }
    openCard(id, anchor);
  };

  watchHover(win, signal, {
    lookup,
    open: (hit) => painted && openCard(painted.mentions[hit.mention]!.entity, hit.rect),
    close: () => overlay.hide(),
    isOwnUi: (t) => overlay.contains(t),
    isOpen: () => overlay.visible,
  });

  // Text that arrives later (SPA navigation, infinite scroll) is scanned too. Our own UI lives
  // outside <body>, so painting and showing cards cause no mutations here and no loop.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    const relevant = records.some(
      (r) =>
        !insideExcluded(r.target, overlay.host) &&
        !(r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n === overlay.host)),
    );
    if (!relevant) return;
    clearTimeout(timer);
    timer = setTimeout(() => void rescan(), RESCAN_DELAY_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEYS.settings in changes) void rescan();
  };
  browser.storage.onChanged.addListener(onStorage);

  const onMessage = (raw: unknown) => {
    const msg = TabRequest.safeParse(raw);
    if (!msg.success) return undefined;
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

  await rescan();
}
