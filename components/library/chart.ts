/** Mentions per month for the library's chart: the `months` months up to the newest page's, oldest first, empty months included. */
export interface Month {
  /** YYYY-MM */
  month: string;
  mentions: number;
}

const key = (ms: number) => new Date(ms).toISOString().slice(0, 7);

export function mentionsPerMonth(pages: readonly { readAt: number; count: number }[], months = 12): Month[] {
  if (!pages.length) return [];
  const last = new Date(Math.max(...pages.map((p) => p.readAt)));
  const out: Month[] = [];
  for (let i = months - 1; i >= 0; i--) out.push({ month: key(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - i, 1)), mentions: 0 });
  const at = new Map(out.map((m, i) => [m.month, i]));
  for (const p of pages) {
    const i = at.get(key(p.readAt));
    if (i !== undefined) out[i]!.mentions += p.count;
  }
  return out;
}
