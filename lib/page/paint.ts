import { ENTITY_TYPES, type EntityType } from '../shared/vocabulary';
import highlightCss from './highlights.css?inline';

export type HighlightStyle = 'tint' | 'underline';

/** Highlight registry names, one per entity type and style; highlights.css styles them. */
export const highlightName = (type: EntityType, style: HighlightStyle = 'tint') => (style === 'tint' ? `dossier-${type}` : `dossier-u-${type}`);
/** The mention that has keyboard focus. */
export const FOCUS_HIGHLIGHT = 'dossier-focus';

/** Open shadow roots are out of reach of document styles: they adopt the same rules. */
let shadowSheet: CSSStyleSheet | undefined;
function adoptInto(root: ShadowRoot): void {
  if (!shadowSheet) {
    shadowSheet = new CSSStyleSheet();
    shadowSheet.replaceSync(highlightCss);
  }
  if (!root.adoptedStyleSheets.includes(shadowSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, shadowSheet];
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/**
 * Paints ranges with the CSS Custom Highlight API: nothing is inserted into the page's DOM. A
 * highlight that already holds exactly these Range objects is left alone: every change makes the
 * browser repaint, and a repaint that finds the same mentions (the caller reuses their Ranges)
 * should cost it nothing.
 */
export function paint(byType: ReadonlyMap<EntityType, readonly Range[]>, shadowRoots: Iterable<ShadowRoot> = [], style: HighlightStyle = 'tint'): void {
  for (const root of shadowRoots) adoptInto(root);
  for (const type of ENTITY_TYPES) {
    const ranges = byType.get(type);
    const name = highlightName(type, style);
    CSS.highlights.delete(highlightName(type, style === 'tint' ? 'underline' : 'tint'));
    if (!ranges?.length) CSS.highlights.delete(name);
    else if (!holdsExactly(CSS.highlights.get(name), ranges)) CSS.highlights.set(name, new Highlight(...ranges));
  }
}

function holdsExactly(h: Highlight | undefined, ranges: readonly Range[]): boolean {
  return !!h && h.size === ranges.length && ranges.every((r) => h.has(r));
}

/** Adds ranges to what is painted (the lazy painter's step), keeping what is there. */
export function paintMore(byType: ReadonlyMap<EntityType, readonly Range[]>, shadowRoots: Iterable<ShadowRoot> = [], style: HighlightStyle = 'tint'): void {
  for (const root of shadowRoots) adoptInto(root);
  for (const [type, ranges] of byType) {
    const name = highlightName(type, style);
    const h = CSS.highlights.get(name);
    if (h) for (const r of ranges) h.add(r);
    else CSS.highlights.set(name, new Highlight(...ranges));
  }
}

/** Scrolls a mention to the middle of the screen and marks it with the focus highlight. */
export function focusMention(range: Range, behavior: ScrollBehavior): void {
  CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(range));
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: scrollBehavior(el.ownerDocument.defaultView, behavior) });
}

/** A reader who asks for reduced motion gets no smooth scrolling. */
export function scrollBehavior(win: Pick<Window, 'matchMedia'> | null, wanted: ScrollBehavior): ScrollBehavior {
  return wanted === 'smooth' && win?.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : wanted;
}

export function unpaint(): void {
  for (const type of ENTITY_TYPES) for (const style of ['tint', 'underline'] as const) CSS.highlights.delete(highlightName(type, style));
  CSS.highlights.delete(FOCUS_HIGHLIGHT);
}
