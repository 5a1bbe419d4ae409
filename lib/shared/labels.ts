import type { EntityType, Lang } from './vocabulary';

/**
 * Words the UI and the cards use in every language. The background puts a card's own into the
 * card (lib/kb/store.ts), so the content script carries none of these tables.
 */

/** Each language by its own name, for choosing the card language. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', ar: 'العربية', zh: '中文', ja: '日本語', fr: 'Français', es: 'Español', de: 'Deutsch', ru: 'Русский' };

/** Entity types as the card, the popup and the options page name them. */
export const TYPE_LABELS: Record<Lang, Record<EntityType, string>> = {
  en: { organization: 'Organization', person: 'Person', product: 'Product', model: 'Model', project: 'Project', regulator: 'Regulator or law', concept: 'Concept', place: 'Place', event: 'Event' },
  ar: { organization: 'مؤسسة', person: 'شخص', product: 'منتج', model: 'نموذج', project: 'مشروع', regulator: 'جهة تنظيمية أو قانون', concept: 'مفهوم', place: 'مكان', event: 'حدث' },
  zh: { organization: '机构', person: '人物', product: '产品', model: '模型', project: '项目', regulator: '监管机构或法规', concept: '概念', place: '地点', event: '事件' },
  ja: { organization: '組織', person: '人物', product: '製品', model: 'モデル', project: 'プロジェクト', regulator: '規制当局・法律', concept: '概念', place: '場所', event: '出来事' },
  fr: { organization: 'Organisation', person: 'Personne', product: 'Produit', model: 'Modèle', project: 'Projet', regulator: 'Régulateur ou loi', concept: 'Concept', place: 'Lieu', event: 'Événement' },
  es: { organization: 'Organización', person: 'Persona', product: 'Producto', model: 'Modelo', project: 'Proyecto', regulator: 'Regulador o ley', concept: 'Concepto', place: 'Lugar', event: 'Evento' },
  de: { organization: 'Organisation', person: 'Person', product: 'Produkt', model: 'Modell', project: 'Projekt', regulator: 'Regulierer oder Gesetz', concept: 'Konzept', place: 'Ort', event: 'Ereignis' },
  ru: { organization: 'Организация', person: 'Человек', product: 'Продукт', model: 'Модель', project: 'Проект', regulator: 'Регулятор или закон', concept: 'Понятие', place: 'Место', event: 'Событие' },
};

/** The card's own words: {n} is a count, {d} a date. */
export interface CardWords {
  mention: string;
  mentions: string;
  asOf: string;
  stale: string;
  wikipedia: string;
  site: string;
}

export const CARD_WORDS: Record<Lang, CardWords> = {
  en: { mention: '1 mention on this page', mentions: '{n} mentions on this page', asOf: 'as of {d}', stale: '{d}, possibly out of date', wikipedia: 'Wikipedia', site: 'Official site' },
  // "حتى" would read as "until": the fact held on that date, not up to it
  ar: { mention: 'عدد الإشارات في هذه الصفحة: {n}', mentions: 'عدد الإشارات في هذه الصفحة: {n}', asOf: 'وفق بيانات {d}', stale: 'بيانات {d}، قد تكون قديمة', wikipedia: 'ويكيبيديا', site: 'الموقع الرسمي' },
  zh: { mention: '本页提及 1 次', mentions: '本页提及 {n} 次', asOf: '截至 {d}', stale: '截至 {d}，可能已过时', wikipedia: '维基百科', site: '官方网站' },
  ja: { mention: 'このページでの言及: 1 件', mentions: 'このページでの言及: {n} 件', asOf: '{d} 時点', stale: '{d} 時点・古い可能性あり', wikipedia: 'ウィキペディア', site: '公式サイト' },
  fr: { mention: '1 mention sur cette page', mentions: '{n} mentions sur cette page', asOf: 'au {d}', stale: 'au {d}, peut-être dépassé', wikipedia: 'Wikipédia', site: 'Site officiel' },
  es: { mention: '1 mención en esta página', mentions: '{n} menciones en esta página', asOf: 'a {d}', stale: 'a {d}, quizá desactualizado', wikipedia: 'Wikipedia', site: 'Sitio oficial' },
  de: { mention: '1 Erwähnung auf dieser Seite', mentions: '{n} Erwähnungen auf dieser Seite', asOf: 'Stand {d}', stale: 'Stand {d}, möglicherweise veraltet', wikipedia: 'Wikipedia', site: 'Offizielle Website' },
  ru: { mention: 'Упоминаний на странице: 1', mentions: 'Упоминаний на странице: {n}', asOf: 'на {d}', stale: 'на {d}, возможно, устарело', wikipedia: 'Википедия', site: 'Официальный сайт' },
};
