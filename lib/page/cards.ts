import type { Card, ContentRequest, Reply } from '../protocol/messages';
import type { Lang } from '../shared/vocabulary';

type Ask = (req: ContentRequest & { type: 'cards/get' }) => Promise<Reply<'cards/get'>>;

/**
 * How many cards are fetched ahead of need. A card is a kilobyte or two that the page's main thread
 * receives and keeps: a page naming hundreds of entities would cost it a large reply for cards
 * nobody opens; the rest come on their first hover, within the hover's intent delay.
 */
export const PREFETCH_MAX = 40;

/**
 * Cards of the page's entities, in the tab's card language, fetched from the background when first
 * needed (a hover, the keyboard) and, once a page is painted, ahead of need while the page is idle.
 * Painting never waits for them: the match reply already carries each entity's type.
 */
export class CardCache {
  private readonly cards = new Map<string, Card>();
  lang: Lang = 'en';

  constructor(
    private readonly win: Window,
    private readonly ask: Ask,
    private readonly signal: AbortSignal,
  ) {}

  /** A new language drops the cards fetched in the old one; true when it changed. */
  setLang(lang: Lang): boolean {
    if (lang === this.lang) return false;
    this.lang = lang;
    this.cards.clear();
    return true;
  }

  get(id: string): Card | undefined {
    return this.cards.get(id);
  }

  /** Fetches the cards not held yet (in one message). */
  async load(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.cards.has(id));
    if (!missing.length) return;
    const lang = this.lang;
    const { cards } = await this.ask({ type: 'cards/get', ids: missing, lang });
    if (lang === this.lang && !this.signal.aborted) for (const c of cards) this.cards.set(c.id, c);
  }

  /**
   * Fetches the cards of the first PREFETCH_MAX of `ids` (most likely needed first) when the page
   * is idle, so the first hover on the page's main names does not wait for a round trip.
   */
  prefetch(ids: Iterable<string>): void {
    const list = [...ids].slice(0, PREFETCH_MAX);
    const run = () => void this.load(list).catch(() => undefined);
    const idle = (this.win as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle.call(this.win, run, { timeout: 2000 });
    else this.win.setTimeout(run, 200);
  }
}
