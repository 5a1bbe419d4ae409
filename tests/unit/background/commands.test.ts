import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { onCommand } from '../../../lib/background/commands';
import { FOCUS_COMMAND, PANEL_COMMAND } from '../../../lib/protocol/messages';
import { openSidePanel } from '../../../components/ui/open-view';

type Api = Record<string, unknown>;

describe('keyboard commands and opening the side panel', () => {
  const open = vi.fn(() => Promise.resolve());
  beforeEach(() => {
    fakeBrowser.reset();
    open.mockClear();
    (browser as unknown as Api).sidePanel = { open };
    delete (browser as unknown as Api).sidebarAction;
  });

  it('opens Chrome’s side panel in the window of the command’s tab', async () => {
    await onCommand(PANEL_COMMAND, { id: 3, windowId: 7 });
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    // without a window to open it in, nothing happens and nothing throws
    await onCommand(PANEL_COMMAND, undefined);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('moves focus to the first name of the command’s tab, and opens no panel for it', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await onCommand(FOCUS_COMMAND, { id: 3, windowId: 7 });
    expect(sent).toHaveBeenCalledWith(3, { type: 'content/focus' }, { frameId: 0 });
    expect(open).not.toHaveBeenCalled();
    await onCommand('something-else', { id: 3, windowId: 7 });
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('opens Firefox’s sidebar where there is one, else Chrome’s panel for the popup’s window', async () => {
    await openSidePanel(5);
    expect(open).toHaveBeenCalledWith({ windowId: 5 });
    const sidebar = vi.fn(() => Promise.resolve());
    (browser as unknown as Api).sidebarAction = { open: sidebar };
    await openSidePanel(5);
    expect(sidebar).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledTimes(1);
  });
});
