import type { SiteMode } from '../../lib/protocol/settings';
import { t } from './i18n';

/** On, off or automatic for one site; shared by the popup and the options page. */
export function SiteModeSelect({ host, mode, onChange, label }: { host: string; mode: SiteMode; onChange: (m: SiteMode) => void; label?: string }) {
  return (
    <label class="site-mode">
      {label ?? t('siteMode')}{' '}
      <select value={mode} aria-label={label ? undefined : `${t('siteMode')}: ${host}`} onChange={(e) => onChange(e.currentTarget.value as SiteMode)}>
        <option value="auto">{t('siteModeAuto')}</option>
        <option value="on">{t('siteModeOn')}</option>
        <option value="off">{t('siteModeOff')}</option>
      </select>
    </label>
  );
}
