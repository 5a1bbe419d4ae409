import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LANGUAGE_NAMES, TYPE_LABELS } from '../../lib/shared/labels';
import { ENTITY_TYPES, LANGS } from '../../lib/shared/vocabulary';
import { KEYS } from '../../lib/shared/keys';
import { readSettings, Settings, withSiteMode, withType } from '../../lib/protocol/settings';
import { t, uiLang } from '../ui/i18n';
import { MyEntities, prefillOf } from './MyEntities';
import { Packs } from './Packs';
import { SiteModeSelect } from '../ui/SiteModeSelect';
import { LibrarySettings } from '../library/LibrarySettings';
import { openLibrary } from '../ui/open-view';

/** A host name as the reader would type it, or a URL they pasted; undefined when it is neither. */
export function parseSite(input: string): string | undefined {
  const s = input.trim().toLowerCase();
  if (!s) return undefined;
  try {
    const host = new URL(/^[a-z]+:\/\//.test(s) ? s : `https://${s}`).hostname;
    return /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(host) || host === 'localhost' ? host : undefined;
  } catch {
    return undefined;
  }
}

export function Options({ search = '' }: { search?: string }) {
  const [settings, setSettings] = useState<Settings>();
  const [site, setSite] = useState('');
  const [error, setError] = useState<string>();

  const [repaired, setRepaired] = useState(false);
  useEffect(() => {
    const load = async () => {
      const raw = (await browser.storage.local.get(KEYS.settings))[KEYS.settings];
      const read = readSettings(raw);
      // stored settings that did not read in full: say so, and keep the repaired version
      if (raw !== undefined && !Settings.safeParse(raw).success) {
        setRepaired(true);
        await browser.storage.local.set({ [KEYS.settings]: read });
      }
      setSettings(read);
    };
    void load();
    const onChange = (changes: Record<string, unknown>, area: string) => area === 'local' && KEYS.settings in changes && void load();
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  if (!settings) return null;
  const save = async (next: Settings) => {
    setSettings(next);
    await browser.storage.local.set({ [KEYS.settings]: next });
  };
  const add = (e: Event) => {
    e.preventDefault();
    const host = parseSite(site);
    if (!host) return setError(t('optionsBadSite'));
    setError(undefined);
    setSite('');
    void save(withSiteMode(settings, host, 'off'));
  };
  const labels = TYPE_LABELS[uiLang()];
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {repaired && (
        <p class="error" role="alert">
          {t('settingsRepaired')}
        </p>
      )}
      <label class="switch">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => void save({ ...settings, enabled: e.currentTarget.checked })} />
        {t('optionsEnabled')}
      </label>

      <fieldset class="types">
        <legend>{t('optionsTypes')}</legend>
        {ENTITY_TYPES.map((type) => (
          <label key={type} class={`switch type-${type}`}>
            <input type="checkbox" checked={!settings.hiddenTypes.includes(type)} onChange={(e) => void save(withType(settings, type, e.currentTarget.checked))} />
            {labels[type]}
          </label>
        ))}
      </fieldset>

      <label class="delay">
        {t('optionsHoverDelay')}{' '}
        <input
          type="number"
          min={0}
          max={2000}
          step={50}
          value={settings.hoverDelay}
          onChange={(e) => {
            const v = Math.round(Number(e.currentTarget.value));
            if (Number.isFinite(v) && v >= 0 && v <= 2000) void save({ ...settings, hoverDelay: v });
          }}
        />
      </label>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
        {sites.length === 0 ? (
          <p>{t('optionsNoSites')}</p>
        ) : (
          <ul class="sites">
            {sites.map(([host, mode]) => (
              <li key={host}>
                <span class="host">{host}</span>
                <SiteModeSelect host={host} mode={mode} onChange={(m) => void save(withSiteMode(settings, host, m))} />
                <button type="button" aria-label={t('optionsRemove', host)} onClick={() => void save(withSiteMode(settings, host, 'auto'))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={add}>
          <label>
            {t('optionsAddSite')}{' '}
            <input
              type="text"
              value={site}
              placeholder={t('optionsSitePlaceholder')}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'site-error' : undefined}
              onInput={(e) => setSite(e.currentTarget.value)}
            />
          </label>{' '}
          <button type="submit">{t('optionsAddSite')}</button>
          {error && (
            <p id="site-error" class="error" role="alert">
              {error}
            </p>
          )}
        </form>
      </section>
      <label class="field">
        <span>{t('optionsCardLanguage')}</span>
        <select value={settings.cardLanguage} onChange={(e) => void save({ ...settings, cardLanguage: e.currentTarget.value as Settings['cardLanguage'] })}>
          <option value="page">{t('cardLangPage')}</option>
          <option value="ui">{t('cardLangUi')}</option>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('optionsHighlightStyle')}</span>
        <select value={settings.highlightStyle} onChange={(e) => void save({ ...settings, highlightStyle: e.currentTarget.value as Settings['highlightStyle'] })}>
          <option value="tint">{t('styleTint')}</option>
          <option value="underline">{t('styleUnderline')}</option>
        </select>
      </label>
      <label class="field">
        <span>{t('optionsDensity')}</span>
        <select value={settings.density} onChange={(e) => void save({ ...settings, density: e.currentTarget.value as Settings['density'] })}>
          <option value="paragraph">{t('densityParagraph')}</option>
          <option value="page">{t('densityPage')}</option>
          <option value="every">{t('densityEvery')}</option>
        </select>
      </label>
      <section aria-labelledby="library-heading" class="library-options">
        <h2 id="library-heading">{t('optionsLibraryHeading')}</h2>
        <LibrarySettings settings={settings} save={(s) => void save(s)} />
        <button type="button" class="link" onClick={() => void openLibrary()}>
          {t('openLibrary')}
        </button>
      </section>
      <Packs />
      <MyEntities prefill={prefillOf(search)} />
      <p class="hint">{t('optionsKeyboard')}</p>
      <p class="privacy">{t('optionsPrivacy')}</p>
    </main>
  );
}
