import { ENTITY_TYPES, type EntityType } from '../kb/types';
import highlightCss from './highlights.css?inline';

/** Highlight registry names, one per entity type; highlights.css styles them. */
export const highlightName = (type: EntityType) => `dossier-${type}`;
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

/** Paints ranges with the CSS Custom Highlight API: nothing is inserted into the page's DOM. */
export function paint(byType: ReadonlyMap<EntityType, readonly Range[]>, shadowRoots: Iterable<ShadowRoot> = []): void {
  for (const root of shadowRoots) adoptInto(root);
  for (const type of ENTITY_TYPES) {
    const ranges = byType.get(type);
    if (ranges?.length) CSS.highlights.set(highlightName(type), new Highlight(...ranges));
    else CSS.highlights.delete(highlightName(type));
  }
}

export function unpaint(): void {
  for (const type of ENTITY_TYPES) CSS.highlights.delete(highlightName(type));
  CSS.highlights.delete(FOCUS_HIGHLIGHT);
}
