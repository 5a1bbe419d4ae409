import { browser } from 'wxt/browser';

/**
 * Opens the side panel beside a window's tabs: Chrome's side panel, Firefox's sidebar. Both only
 * from a user gesture, so it is called straight from a click, with nothing awaited before it.
 */
export async function openSidePanel(windowId: number | undefined): Promise<void> {
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) return sidebar.open();
  if (windowId !== undefined) await browser.sidePanel.open({ windowId });
}

/** The reading library, in a tab of its own. */
export async function openLibrary(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
}
