import { browser } from 'wxt/browser';
import { FOCUS_COMMAND, PANEL_COMMAND, type Reply, type TabRequest } from '../protocol/messages';

/** Injects the content script into a tab that was open before Dossier was installed. */
export async function scanTab(tabId: number): Promise<Reply<'tab/scan'>> {
  try {
    // typed by WXT from the built entrypoints: a renamed content script fails the typecheck
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

/** The keyboard commands: focus the first name on the page, or open the side panel (Chrome; Firefox opens its sidebar itself). */
export async function onCommand(command: string, tab: { id?: number; windowId?: number } | undefined): Promise<void> {
  if (command === FOCUS_COMMAND) await focusNames(tab?.id);
  // a command is a user gesture, which sidePanel.open needs: nothing may be awaited before it
  else if (command === PANEL_COMMAND && tab?.windowId !== undefined) await browser.sidePanel?.open({ windowId: tab.windowId }).catch(() => undefined);
}

/** The tab's content script moves focus to the first name. */
async function focusNames(tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  await browser.tabs.sendMessage(id, { type: 'content/focus' } satisfies TabRequest, { frameId: 0 }).catch(() => undefined);
}
