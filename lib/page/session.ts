import { browser } from 'wxt/browser';
import { resolveMentions } from '../match/disambiguate';
import type { Mention, TabKind } from '../protocol/messages';
import type { Settings } from '../protocol/settings';
import { siteMode, type SettingEffect } from '../shared/settings';
import type { Lang } from '../shared/vocabulary';
import { CardCache } from './cards';
import { askBackground as ask, isTabRequest } from './client';
import { marked } from './density';
import { followChanges } from './follow';
import { caretAt, watchHover, type Hit } from './hover';
import { watchKeyboard } from './keyboard';
import { cardLang, pageLang } from './language';
import { Overlay } from './overlay';
import { highlightsSupported } from './paint';
import { intersections } from './lazy';
import { Painter, type Stage } from './painter';
import { contains, type Rect } from './position';
import { PageText } from './reader';
import { watchReveal } from './reveal';
import type { Block } from './extract';
import { followSettings } from './settings-follow';

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

/**
 * Dossier on one document: the features (reading, painting, cards, hover, keyboard, reveal,
 * settings) wired together. Everything they set up is torn down through `signal`.
 */
export async function runDossier(win: Window, signal: AbortSignal): Promise<void> {
  const doc = win.document;
  if (!highlightsSupported() || !isReadableFrame(win)) return;
  const settings = await followSettings(ask, signal, (effects, before) => applySettings(effects, before));
  const mode = () => siteMode(settings.current, win.location.hostname);
  const overlay = new Overlay(doc);
  const cards = new CardCache(win, ask, signal);
  const shadowRoots = new Set<ShadowRoot>();
  const text = new PageText(overlay.host, ask, signal, (root) => {
    if (shadowRoots.has(root)) return;
    shadowRoots.add(root);
    changes.observe(root);
  });
  const painter = new Painter(win, text, shadowRoots, () => settings.current.highlightStyle, signal);
  const changes = followChanges(doc, signal, {
    ownHost: overlay.host,
    active: () => mode() !== 'off',
    reread: async (roots) => {
      await text.readChanged(roots);
      if (!signal.aborted) await repaint('settled');
    },
  });
  /** the page's own language; the cards' is the reader's setting applied to it */
  let pageLanguage: Lang = 'en';
  const applyCardLanguage = () => {
    const changed = cards.setLang(cardLang(settings.current.cardLanguage, pageLanguage, () => browser.i18n.getUILanguage()));
    if (changed) overlay.hide();
    return changed;
  };

  let lastReport: { mentions: Mention[]; aiPage: boolean } = { mentions: [], aiPage: false };
  const report = (mentions: Mention[], aiPage: boolean) => {
    lastReport = { mentions, aiPage };
    return ask({ type: 'page/report', url: win.location.href, title: doc.title, lang: cards.lang, mentions, aiPage, mode: mode() }).catch(() => undefined);
  };

  /** Decides what the page keeps from every block's candidates, paints it and, once settled, reports it. */
  const repaint = async (stage: Stage) => {
    const m = mode();
    if (m === 'off') {
      clear();
      if (stage === 'settled') await report([], false);
      return;
    }
    const { kept, aiPage } = resolveMentions(text.mentions(), m);
    const hidden = settings.current.hiddenTypes;
    const shown = hidden.length ? kept.filter((k) => !hidden.includes(k.type)) : kept;
    const counted = painter.paint(shown, stage, marked(shown, settings.current.density));
    if (stage !== 'settled') return;
    await report(counted, aiPage);
    // the most mentioned first (countMentions sorts them so)
    cards.prefetch(counted.map((c) => c.id));
  };
  const clear = () => {
    painter.clear();
    overlay.hide();
  };

  /** Reads the whole document, the part in view first, and paints as soon as that part is read. */
  const readAll = async () => {
    const setLanguage = (blocks: readonly Block[]) => {
      pageLanguage = pageLang(doc, blocks.slice(0, 50).map((b) => b.text).join(' '));
      applyCardLanguage();
    };
    await text.readDocument(doc, intersections(win), win, setLanguage, () => repaint('first-batch'));
    if (!signal.aborted) await repaint('settled');
  };

  async function applySettings(effects: Set<SettingEffect>, before: Settings): Promise<void> {
    const was = siteMode(before, win.location.hostname);
    if (effects.has('cards') && applyCardLanguage() && !effects.has('mode') && !effects.has('paint')) await report(lastReport.mentions, lastReport.aiPage);
    // a site switched on from off is read afresh: a page that loaded while off has only its changes
    // read, if anything; otherwise what was read is painted anew
    if (effects.has('mode') && was === 'off' && mode() !== 'off') await readAll();
    else if (effects.has('paint') || (effects.has('mode') && was !== mode())) await repaint('settled');
  }

  // --- hover and keyboard open cards, fetched from the background when not held yet
  const lookup = (x: number, y: number): Hit | undefined => {
    const painted = painter.painted;
    const pos = painted && caretAt(doc, x, y);
    const i = pos ? painted.index.at(pos.node, pos.offset) : undefined;
    if (i === undefined) return undefined;
    for (const rect of painted!.rangeOf(i).getClientRects()) if (contains(rect, x, y, 1)) return { mention: i, rect };
    return undefined;
  };
  /** the latest request to open a card: an older one that resolves late shows nothing */
  let opening = 0;
  const openCard = async (id: string, anchor: Rect, focus: boolean) => {
    const ticket = ++opening;
    await cards.load([id]);
    const card = cards.get(id);
    const painted = painter.painted;
    if (ticket !== opening || !card || !painted || signal.aborted) return;
    overlay.show(card, painted.counts.get(id) ?? 0, anchor, new Set(painted.counts.keys()), (target) => void openCard(target, anchor, true), focus);
  };
  const entityAt = (i: number) => painter.painted!.mentions[i]!.entity;

  watchHover(win, signal, {
    lookup,
    open: (hit) => painter.painted && void openCard(entityAt(hit.mention), hit.rect, false),
    close: () => {
      opening++;
      overlay.hide();
    },
    isOwnUi: (t) => overlay.contains(t),
    isOpen: () => overlay.visible,
    delay: () => settings.current.hoverDelay,
  });
  const keyboard = watchKeyboard(win, signal, overlay, {
    count: () => painter.painted?.mentions.length ?? 0,
    range: (i) => painter.painted?.rangeOf(i),
    open: async (i, rect) => {
      if (painter.painted) await openCard(entityAt(i), rect, false);
    },
    label: (i) => {
      const card = painter.painted && cards.get(entityAt(i));
      return card ? `${card.name}: ${card.description}` : '';
    },
  });
  const reveal = watchReveal(signal, () => painter.painted, () => keyboard.active, (block) => text.block(block).text);

  // --- requests from the extension (top frame only)
  const onTabRequest: { [K in TabKind]: (raw: { type: K; entity?: string; sentence?: string }) => void } = {
    'content/ping': () => undefined,
    'content/focus': () => keyboard.start(),
    'content/reveal': (raw) => reveal(raw.entity!, raw.sentence),
  };
  const onMessage = (raw: unknown) => {
    if (!isTabRequest(raw)) return undefined;
    (onTabRequest[raw.type] as (r: unknown) => void)(raw);
    return Promise.resolve({ ok: true as const });
  };
  if (win === win.top) browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    clear();
    overlay.destroy();
  });

  if (mode() === 'off') await report([], false);
  else await readAll();
}
