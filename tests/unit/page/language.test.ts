import { describe, expect, it } from 'vitest';
import { cardLang, pageLang } from '../../../lib/page/language';

describe('card language', () => {
  it('follows the page, the browser, or the reader’s choice', () => {
    expect(cardLang('page', 'ar', () => 'en-US')).toBe('ar');
    expect(cardLang('ui', 'ar', () => 'fr-FR')).toBe('fr');
    expect(cardLang('ui', 'ar', () => 'pt-BR')).toBe('en');
    expect(cardLang('en', 'ar', () => 'ar')).toBe('en');
  });
});

describe('the page’s language', () => {
  it('is the declared one when Dossier knows it, else Arabic when the text is mostly Arabic, else English', () => {
    const doc = (lang: string) => ({ documentElement: { lang } }) as unknown as Document;
    expect(pageLang(doc('zh-CN'), 'OpenAI')).toBe('zh');
    expect(pageLang(doc(''), 'قالت شركة مايكروسوفت إن OpenAI')).toBe('ar');
    expect(pageLang(doc('pt'), 'A Microsoft disse')).toBe('en');
    expect(pageLang(doc(''), '')).toBe('en');
  });
});
