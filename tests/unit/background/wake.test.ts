import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { Card } from '../../../lib/kb/card';
import type { MatchReply } from '../../../lib/shared/wire';

// The read of the matcher kept from an earlier start (IndexedDB), held open by the test.
const { gate } = vi.hoisted(() => {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { gate: { promise, open } };
});
vi.mock('../../../lib/background/matcher-cache', () => ({ restoreMatcher: () => gate.promise.then(() => 'build' as const) }));

const { handleMessage } = await import('../../../lib/background/router');
const fromTab = () => ({ id: browser.runtime.id, tab: { id: 1 } as never, frameId: 0, url: 'https://news.example/a' });

describe('a worker woken by a page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a card without waiting for the kept matcher, and matches once it is read', async () => {
    let matched: MatchReply | undefined;
    const match = (handleMessage({ type: 'match', texts: ['OpenAI and Microsoft'] }, fromTab()) as Promise<MatchReply>).then((r) => (matched = r));
    const { cards } = (await handleMessage({ type: 'cards/get', ids: ['openai'], lang: 'en' }, fromTab())) as { cards: Card[] };
    expect(cards.map((c) => c.id)).toEqual(['openai']);
    expect(matched).toBeUndefined();
    gate.open();
    await match;
    expect(matched!.entities).toEqual(['openai', 'microsoft']);
  });
});
