import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { Packs } from '../../../components/options/Packs';
import { KEYS } from '../../../lib/shared/keys';

const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};

describe('the options page’s packs', () => {
  let sent: { type: string }[];
  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    // UI text by key: the test reads which messages go out, not the wording
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (msg: unknown) => {
      const m = msg as { type: string };
      sent.push(m);
      if (m.type === 'kb/update') return { ok: true };
      const index = ((await browser.storage.local.get(KEYS.packIndex))[KEYS.packIndex] ?? []) as unknown[];
      return { packs: index, conflicts: [], problems: [], entities: 549, relations: 10, userEntities: 0 };
    });
    document.body.innerHTML = '<main></main>';
  });

  it('offers to check subscriptions now only when a pack has a source, and sends kb/update', async () => {
    render(<Packs />, document.querySelector('main')!);
    await flush();
    expect(document.querySelector('.check-now')).toBeNull();

    const source = { url: 'https://packs.example/p.json', checkedAt: 1 };
    await browser.storage.local.set({ [KEYS.packIndex]: [{ id: 'p', name: 'P', version: '1', entities: 1, importedAt: 1, source }] });
    render(null, document.querySelector('main')!);
    render(<Packs />, document.querySelector('main')!);
    await flush();
    const button = document.querySelector<HTMLButtonElement>('.check-now')!;
    expect(button).not.toBeNull();
    button.click();
    await flush();
    expect(sent.map((m) => m.type)).toContain('kb/update');
    expect(document.querySelector('[role=status]')?.textContent).toBe('packsUpdated');
  });
});
