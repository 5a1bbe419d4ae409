import type { Settings } from '../../lib/protocol/settings';
import { t } from '../ui/i18n';

const DAYS = [30, 90, 180, 365];

/** Keep a library or not, and for how long: on the library page and the options page. */
export function LibrarySettings({ settings, save }: { settings: Settings; save: (next: Settings) => void }) {
  const days = DAYS.includes(settings.libraryDays) ? DAYS : [...DAYS, settings.libraryDays].sort((a, b) => a - b);
  return (
    <div class="library-settings">
      <label class="switch">
        <input type="checkbox" checked={settings.library} onChange={(e) => save({ ...settings, library: e.currentTarget.checked })} />
        {t('libraryKeep')}
      </label>
      <label>
        {t('libraryDays')}{' '}
        <select value={String(settings.libraryDays)} onChange={(e) => save({ ...settings, libraryDays: Number(e.currentTarget.value) })}>
          {days.map((d) => (
            <option key={d} value={String(d)}>
              {t('libraryDaysOption', d)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
