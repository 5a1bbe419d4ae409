import type { Settings } from '../protocol/settings';
import { LANGS, type Lang } from '../shared/vocabulary';

/** The page's language, as far as cards go: its declared language, or Arabic when its text is. */
export function pageLang(doc: Document, sample: string): Lang {
  const declared = (doc.documentElement.lang || '').slice(0, 2).toLowerCase();
  if ((LANGS as readonly string[]).includes(declared)) return declared as Lang;
  const arabic = (sample.match(/[\u0600-\u06FF]/g) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  return letters > 0 && arabic / letters > 0.3 ? 'ar' : 'en';
}

/** The language cards are shown in: the reader's choice, the page's, or the browser's. */
export function cardLang(choice: Settings['cardLanguage'], page: Lang, ui: () => string): Lang {
  if (choice === 'page') return page;
  if (choice !== 'ui') return choice;
  const l = ui().slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(l) ? (l as Lang) : 'en';
}
