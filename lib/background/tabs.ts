import { z } from 'zod';
import { Mention } from '../protocol/messages';
import { bySalience } from './salience';
import { Lang } from '../kb/schema';
import { SiteMode } from '../protocol/settings';

/**
 * What the background remembers of a tab, kept in session storage so it survives the worker being
 * stopped: the page URL and the mentions each frame reported.
 */
export const TabState = z.strictObject({
  url: z.string(),
  frames: z.record(z.string(), z.array(Mention)),
  /** what the top frame said of itself: AI news or not, and the site mode it ran in */
  aiPage: z.boolean(),
  mode: SiteMode,
  /** the language the top frame shows its cards in (the reader's setting applied to the page); absent in states stored before it was kept */
  lang: Lang.optional(),
});
export type TabState = z.infer<typeof TabState>;

export function readTabState(raw: unknown): TabState | undefined {
  const r = TabState.safeParse(raw);
  return r.success ? r.data : undefined;
}

/** Records one frame's report; the top frame's URL, gate, mode and card language describe the tab. */
export function withFrameReport(prev: TabState | undefined, frameId: number, report: { url: string; mentions: Mention[]; aiPage: boolean; mode: SiteMode; lang: Lang }): TabState {
  const frames = { ...(prev?.frames ?? {}), [String(frameId)]: report.mentions };
  const top = frameId === 0 || !prev;
  const lang = top ? report.lang : prev.lang;
  return {
    url: top ? report.url : prev.url,
    frames,
    aiPage: top ? report.aiPage : prev.aiPage || report.aiPage,
    mode: top ? report.mode : prev.mode,
    ...(lang ? { lang } : {}),
  };
}

/** Mentions over all frames, by entity: counts added, earliest position kept; most mentioned first. */
export function mergeFrames(state: TabState): Mention[] {
  const byId = new Map<string, Mention>();
  for (const [frame, mentions] of Object.entries(state.frames)) {
    for (const m of mentions) {
      // positions in subframes come after the whole top document
      const first = frame === '0' ? m.first : m.first + 1e9;
      const seen = byId.get(m.id);
      if (seen) byId.set(m.id, { id: m.id, count: seen.count + m.count, first: Math.min(seen.first, first), headline: seen.headline || m.headline });
      else byId.set(m.id, { ...m, first });
    }
  }
  return bySalience([...byId.values()]);
}
