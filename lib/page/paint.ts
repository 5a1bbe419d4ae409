import { ENTITY_TYPES, type EntityType } from '../kb/schema';

/** Highlight registry names, one per entity type; the stylesheet in entrypoints/content styles them. */
export const highlightName = (type: EntityType) => `dossier-${type}`;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** Paints ranges with the CSS Custom Highlight API: nothing is inserted into the page's DOM. */
export function paint(byType: ReadonlyMap<EntityType, readonly Range[]>): void {
  for (const type of ENTITY_TYPES) {
    const ranges = byType.get(type);
    if (ranges?.length) CSS.highlights.set(highlightName(type), new Highlight(...ranges));
    else CSS.highlights.delete(highlightName(type));
  }
}

export function unpaint(): void {
  for (const type of ENTITY_TYPES) CSS.highlights.delete(highlightName(type));
}
