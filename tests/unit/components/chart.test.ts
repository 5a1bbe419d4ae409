import { describe, expect, it } from 'vitest';
import { pagesPerMonth } from '../../../components/library/chart';

const at = (iso: string) => Date.parse(iso);

describe('pagesPerMonth', () => {
  it('counts pages per month up to the newest, empty months included, across a year’s turn', () => {
    const m = pagesPerMonth([at('2026-01-15T10:00:00Z'), at('2025-12-31T23:00:00Z'), at('2026-01-02T00:00:00Z'), at('2025-10-01T00:00:00Z')], 4);
    expect(m).toEqual([
      { month: '2025-10', pages: 1 },
      { month: '2025-11', pages: 0 },
      { month: '2025-12', pages: 1 },
      { month: '2026-01', pages: 2 },
    ]);
  });

  it('leaves out pages older than the months shown, and has nothing to show for no page', () => {
    expect(pagesPerMonth([at('2024-01-01T00:00:00Z'), at('2026-03-01T00:00:00Z')], 2)).toEqual([
      { month: '2026-02', pages: 0 },
      { month: '2026-03', pages: 1 },
    ]);
    expect(pagesPerMonth([])).toEqual([]);
  });
});
