import { browser } from 'wxt/browser';
import { focusNames, forgetTab, handleMessage } from '@/lib/background';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg, sender) => handleMessage(msg, sender));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.commands.onCommand.addListener((command, tab) => void focusNames(command, tab?.id));
});
