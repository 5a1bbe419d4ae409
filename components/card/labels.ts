import type { EntityType } from '../../lib/shared/vocabulary';

/** Entity types as the card, the popup and the options page name them. */
export const TYPE_LABELS: Record<'en' | 'ar', Record<EntityType, string>> = {
  en: {
    organization: 'Organization', person: 'Person', product: 'Product', model: 'Model',
    project: 'Project', regulator: 'Regulator or law', concept: 'Concept', place: 'Place or event',
  },
  ar: {
    organization: 'مؤسسة', person: 'شخص', product: 'منتج', model: 'نموذج',
    project: 'مشروع', regulator: 'جهة تنظيمية أو قانون', concept: 'مفهوم', place: 'مكان أو حدث',
  },
};
