import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { FOCUS_COMMAND } from './lib/messages';

export const GECKO_ID = 'dossier@dossier.example';


export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Dossier',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and per-tab results; activeTab + scripting: scan a tab opened before install,
    // only when the reader asks from the popup.
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: 'Dossier' },
    commands: {
      [FOCUS_COMMAND]: { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_commandFocus__' },
    },
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 96: 'icons/96.png', 128: 'icons/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
