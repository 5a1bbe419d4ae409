import { describe, expect, it } from 'vitest';
import { mentionsPerMonth } from '../../../components/library/chart';

const at = (iso: string, count = 1) => ({ readAt: Date.parse(iso), count });

describe('mentionsPerMonth', () => {
  it('adds up the mentions of each month up to the newest, empty months included, across a year’s turn', () => {
    const m = mentionsPerMonth([at('2026-01-15T10:00:00Z', 3), at('2025-12-31T23:00:00Z'), at('2026-01-02T00:00:00Z', 2), at('2025-10-01T00:00:00Z')], 4);
    expect(m).toEqual([
      { month: '2025-10', mentions: 1 },
      { month: '2025-11', mentions: 0 },
      { month: '2025-12', mentions: 1 },
      { month: '2026-01', mentions: 5 },
    ]);
  });

  it('leaves out pages older than the months shown, and has nothing to show for no page', () => {
    expect(mentionsPerMonth([at('2024-01-01T00:00:00Z', 7), at('2026-03-01T00:00:00Z', 2)], 2)).toEqual([
      { month: '2026-02', mentions: 0 },
      { month: '2026-03', mentions: 2 },
    ]);
    expect(mentionsPerMonth([])).toEqual([]);
  });
});
