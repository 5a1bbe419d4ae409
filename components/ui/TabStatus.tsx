import type { View } from './tab-view';
import { t } from './i18n';

/** Every state of a tab but "found", said plainly, with the action it offers. */
export function TabStatus({ view, onScan, onTurnOn }: { view: Exclude<View, { kind: 'found' }>; onScan: () => void; onTurnOn?: () => void }) {
  switch (view.kind) {
    case 'loading':
      return <p class="status" role="status" />;
    case 'restricted':
      return <p class="status" role="status">{t('statusRestricted')}</p>;
    case 'paused':
      return <p class="status" role="status">{t('statusPaused')}</p>;
    case 'off':
      return <p class="status" role="status">{t('statusOff')}</p>;
    case 'nothing':
      return <p class="status" role="status">{t('statusNothing')}</p>;
    case 'not-ai':
      return (
        <div class="status" role="status">
          <p>{t('statusNotAi')}</p>
          {onTurnOn && (
            <button type="button" class="primary" onClick={onTurnOn}>
              {t('turnOnHere')}
            </button>
          )}
        </div>
      );
    case 'unreachable':
      return <p class="status" role="status">{t('statusUnreachable', view.error)}</p>;
    case 'scanning':
      return <p class="status" role="status">{t('statusScanning')}</p>;
    case 'not-scanned':
      return (
        <div class="status" role="status">
          <p>{view.error ?? t('statusNotScanned')}</p>
          <button type="button" class="primary" onClick={onScan}>
            {t('scanNow')}
          </button>
        </div>
      );
  }
}
