import { browser } from 'wxt/browser';
import type { Lang } from '../../lib/shared/vocabulary';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** UI text from _locales; the key falls through when a message is missing so gaps are visible. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

/** The UI language, as far as cards go. */
export function uiLang(): Lang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function uiDir(): 'rtl' | 'ltr' {
  return uiLang() === 'ar' ? 'rtl' : 'ltr';
}
