import { render } from 'preact';
import cardCss from '../../components/card.css?inline';
import { EntityCard } from '../../components/EntityCard';
import type { Card } from '../messages';
import { placeCard, type Rect } from './position';

export const HOST_TAG = 'dossier-ui';

const HOST_CSS = `
:host { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483647; }
.frame { position: fixed; width: min(340px, calc(100vw - 16px)); max-height: min(560px, calc(100vh - 16px)); overflow: auto;
  border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.frame[hidden] { display: none; }
`;

/**
 * Our one element on the page: a host with a shadow root that holds the hover card. It is created
 * on first use and sits under <html>, outside the trees the page's own scripts render into.
 */
export class Overlay {
  readonly host: HTMLElement;
  private readonly frame: HTMLDivElement;
  private readonly live: HTMLDivElement;

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
    this.live.style.cssText = 'position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)';
    root.append(style, this.frame, this.live);
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

  show(card: Card, count: number, anchor: Rect, onPage: ReadonlySet<string>, onOpen: (id: string) => void): void {
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
    this.live.textContent = `${card.name}: ${card.description}`;
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
