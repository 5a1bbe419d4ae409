/** Pages per month for the library's chart: the `months` months up to the newest page's, oldest first, empty months included. */
export interface Month {
  /** YYYY-MM */
  month: string;
  pages: number;
}

const key = (ms: number) => new Date(ms).toISOString().slice(0, 7);

export function pagesPerMonth(readAt: readonly number[], months = 12): Month[] {
  if (!readAt.length) return [];
  const last = new Date(Math.max(...readAt));
  const out: Month[] = [];
  for (let i = months - 1; i >= 0; i--) out.push({ month: key(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - i, 1)), pages: 0 });
  const at = new Map(out.map((m, i) => [m.month, i]));
  for (const t of readAt) {
    const i = at.get(key(t));
    if (i !== undefined) out[i]!.pages++;
  }
  return out;
}
