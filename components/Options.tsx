import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { KEYS, readSettings, toggleSite, type Settings } from '../lib/settings';
import { t } from './i18n';

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

export function Options() {
  const [settings, setSettings] = useState<Settings>();
  const [site, setSite] = useState('');
  const [error, setError] = useState<string>();

  useEffect(() => {
    const load = async () => setSettings(readSettings((await browser.storage.local.get(KEYS.settings))[KEYS.settings]));
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
    void save(toggleSite(settings, host, false));
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <label class="switch">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => void save({ ...settings, enabled: e.currentTarget.checked })} />
        {t('optionsEnabled')}
      </label>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p>{t('optionsNoSites')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((h) => (
              <li key={h}>
                <span>{h}</span>
                <button type="button" aria-label={t('optionsRemove', h)} onClick={() => void save(toggleSite(settings, h, true))}>
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
      <p class="privacy">{t('optionsPrivacy')}</p>
    </main>
  );
}
