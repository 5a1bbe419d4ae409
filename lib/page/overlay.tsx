import { render } from 'preact';
import cardCss from '../../components/card/card.css?inline';
import { EntityCard } from '../../components/card/EntityCard';
import type { Card } from '../protocol/messages';
import { placeCard, type Rect } from './position';

export const HOST_TAG = 'dossier-ui';

const HOST_CSS = `
:host { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483647; }
.frame { position: fixed; width: min(340px, calc(100vw - 16px)); max-height: min(560px, calc(100vh - 16px)); overflow: auto;
  border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.frame[hidden] { display: none; }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); border: 0; padding: 0; }
`;

/**
 * Our one element on the page: a host with a shadow root that holds the hover card. It is created
 * on first use and sits under <html>, outside the trees the page's own scripts render into.
 */
export class Overlay {
  readonly host: HTMLElement;
  private readonly frame: HTMLDivElement;
  private readonly live: HTMLDivElement;
  /** keyboard mode's focus target: invisible, labelled, never in the page's tab order */
  private readonly home: HTMLButtonElement;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(HOST_TAG);
    const root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = HOST_CSS + cardCss;
    this.frame = doc.createElement('div');
    this.frame.className = 'frame';
    this.frame.hidden = true;
    this.frame.setAttribute('role', 'dialog');
    // screen readers hear the card's text when it opens
    this.live = doc.createElement('div');
    this.live.setAttribute('aria-live', 'polite');
    this.live.className = 'sr-only';
    this.home = doc.createElement('button');
    this.home.className = 'sr-only';
    this.home.tabIndex = -1;
    this.home.setAttribute('aria-label', 'Dossier: arrow keys move between names, Enter opens the card, Escape leaves');
    root.append(style, this.home, this.frame, this.live);
  }

  private attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  get visible(): boolean {
    return !this.frame.hidden;
  }

  contains(node: EventTarget | null): boolean {
    return node === this.host;
  }

  /** Shows a card by `anchor`; `focus` moves keyboard focus into it (for a card opened from another). */
  show(card: Card, count: number, anchor: Rect, onPage: ReadonlySet<string>, onOpen: (id: string) => void, focus = false): void {
    this.attach();
    render(<EntityCard card={card} count={count} onPage={onPage} onOpen={onOpen} />, this.frame);
    this.frame.style.visibility = 'hidden';
    this.frame.hidden = false;
    const box = this.frame.getBoundingClientRect();
    const view = this.doc.defaultView!;
    const rtl = card.lang === 'ar' || this.doc.documentElement.dir === 'rtl';
    const at = placeCard(anchor, { width: box.width, height: box.height }, { width: view.innerWidth, height: view.innerHeight }, rtl);
    this.frame.style.left = `${at.left}px`;
    this.frame.style.top = `${at.top}px`;
    this.frame.style.visibility = '';
    this.frame.dataset.entity = card.id;
    this.frame.setAttribute('aria-label', card.name);
    this.announce(`${card.name}: ${card.description}`);
    if (focus) this.focusCard();
  }

  announce(text: string): void {
    this.live.textContent = text;
  }

  focusHome(): void {
    this.attach();
    this.home.focus();
  }

  blurHome(): void {
    this.home.blur();
  }

  homeFocused(): boolean {
    return this.host.shadowRoot!.activeElement === this.home;
  }

  /** Moves focus to the card's first link or button. */
  focusCard(): void {
    this.frame.querySelector<HTMLElement>('button, a[href]')?.focus();
  }

  hide(): void {
    if (this.frame.hidden) return;
    this.frame.hidden = true;
    render(null, this.frame);
    this.live.textContent = '';
  }

  destroy(): void {
    this.hide();
    this.host.remove();
  }
}
