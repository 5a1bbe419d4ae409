import { describe, expect, it, vi } from 'vitest';
import { CardCache, PREFETCH_MAX } from '../../../lib/page/cards';
import type { Card } from '../../../lib/protocol/messages';

const card = (id: string) => ({ id }) as Card;
/** A window whose idle callbacks run at once, and an `ask` that answers every id it is sent. */
function cache() {
  const win = { requestIdleCallback: (cb: () => void) => (cb(), 1), setTimeout } as unknown as Window;
  const ask = vi.fn(async (req: { ids: string[] }) => ({ cards: req.ids.map(card) }));
  return { cards: new CardCache(win, ask as never, new AbortController().signal), ask };
}
const ids = (n: number) => Array.from({ length: n }, (_, i) => `entity-${i}`);

describe('CardCache', () => {
  it('fetches ahead only the first PREFETCH_MAX cards (the most mentioned names), in one message', async () => {
    const { cards, ask } = cache();
    cards.prefetch(ids(PREFETCH_MAX + 25));
    await vi.waitFor(() => expect(cards.get(`entity-${PREFETCH_MAX - 1}`)).toBeDefined());
    expect(ask).toHaveBeenCalledOnce();
    expect(ask.mock.calls[0]![0].ids).toEqual(ids(PREFETCH_MAX));
    expect(cards.get(`entity-${PREFETCH_MAX}`)).toBeUndefined();
  });

  it('fetches a card left out of the prefetch when it is first needed, and only the cards it lacks', async () => {
    const { cards, ask } = cache();
    cards.prefetch(ids(PREFETCH_MAX + 1));
    await vi.waitFor(() => expect(ask).toHaveBeenCalledOnce());
    await cards.load([`entity-0`, `entity-${PREFETCH_MAX}`]);
    expect(ask.mock.calls[1]![0].ids).toEqual([`entity-${PREFETCH_MAX}`]);
    expect(cards.get(`entity-${PREFETCH_MAX}`)).toEqual(card(`entity-${PREFETCH_MAX}`));
  });
});
