import { browser } from 'wxt/browser';
import { forgetPage, handleMessage, onCommand } from '@/lib/background/router';
import { invalidate, knowledgeBase } from '@/lib/background/knowledge';
import { UPDATE_ALARM, updateSubscriptions } from '@/lib/background/subscriptions';

export default defineBackground(() => {
  // a woken worker prepares the knowledge base and its automaton while the page asks for settings
  void knowledgeBase().then(({ kb }) => kb.matcher);
  browser.runtime.onMessage.addListener((msg, sender) => handleMessage(msg, sender));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void forgetPage(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetPage(tabId));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  // another context changed the knowledge base's storage: rebuild it on next use
  browser.alarms.onAlarm.addListener((alarm) => void (alarm.name === UPDATE_ALARM && updateSubscriptions()));
  browser.storage.onChanged.addListener((changes, area) => area === 'local' && Object.keys(changes).some((k) => k.startsWith('kb:')) && invalidate());
});
