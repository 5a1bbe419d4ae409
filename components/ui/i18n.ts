import { browser } from 'wxt/browser';
import { LANGS, type Lang } from '../../lib/shared/vocabulary';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** UI text from _locales; the key falls through when a message is missing so gaps are visible. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

/** The UI language, as far as cards go: the browser's, where Dossier has it, else English. */
export function uiLang(): Lang {
  const l = browser.i18n.getUILanguage().slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(l) ? (l as Lang) : 'en';
}

export function uiDir(): 'rtl' | 'ltr' {
  return uiLang() === 'ar' ? 'rtl' : 'ltr';
}
