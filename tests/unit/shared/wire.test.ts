import { describe, expect, it } from 'vitest';
import { decodeMatches, encodeMatches, TOPIC_ID, TOPIC_TYPE } from '../../../lib/shared/wire';

const found = (entity: string, start: number, end: number, ambiguous = false, partial = false, general = false) => ({ entity, start, end, ambiguous, partial, general });
const TYPES: Record<string, 'organization' | 'person'> = { openai: 'organization', altman: 'person', facebook: 'organization' };

describe('the match reply', () => {
  it('names each entity once, with its type, and decodes back to what was found', () => {
    const perText = [[found('openai', 0, 6), found('altman', 10, 16, false, true)], [], [found('openai', 3, 9, true), found(TOPIC_ID, 12, 14), found('facebook', 20, 28, false, false, true)]];
    const reply = encodeMatches(perText, (id) => TYPES[id]!);
    expect(reply.entities).toEqual(['openai', 'altman', TOPIC_ID, 'facebook']);
    expect(reply.types).toEqual(['organization', 'person', TOPIC_TYPE, 'organization']);
    expect(reply.matches[1]).toEqual([]);
    perText.forEach((list, k) => {
      const expected = list.map((m) => ({ ...m, block: 7, type: m.entity === TOPIC_ID ? TOPIC_TYPE : TYPES[m.entity] }));
      expect(decodeMatches(reply, k, 7)).toEqual(expected);
    });
  });

  it('decodes a text the reply has no entry for as nothing found', () => {
    expect(decodeMatches({ entities: [], types: [], matches: [] }, 3, 0)).toEqual([]);
  });
});
