/**
 * Scoring the names offered as unknown against a labelled set (tests/fixtures/unknown-names): each
 * passage is a page whose `{{surface|type}}` labels are the names of organisations, people and
 * products no pack is expected to know. An offered name is right when it is a labelled surface or
 * lies inside or around one ("Tarnwell" in "Tarnwell Robotics").
 */
export interface UnknownPassage {
  name: string;
  lang: string;
  /** the text a page shows, one block per line */
  blocks: string[];
  /** the labelled surfaces */
  names: string[];
}

const LABEL = /\{\{([^{}|]+)\|(organization|person|product)\}\}/g;

export function parseUnknownPassage(name: string, lang: string, raw: string): UnknownPassage {
  const body = raw.replace(/^#.*\n/, '');
  const names = [...body.matchAll(LABEL)].map((m) => m[1]!);
  const blocks = body
    .replace(LABEL, '$1')
    .split('\n')
    .map((b) => b.trim())
    .filter(Boolean);
  return { name, lang, blocks, names };
}

export interface UnknownScore {
  offered: number;
  right: number;
  /** labelled names (distinct surfaces) offered, of those the packs do not know */
  found: number;
  labelled: number;
  wrong: { passage: string; name: string }[];
}

export function scoreUnknown(passages: readonly UnknownPassage[], offer: (p: UnknownPassage) => string[], known: (name: string) => boolean): Record<string, UnknownScore> {
  const out: Record<string, UnknownScore> = {};
  for (const p of passages) {
    const s = (out[p.lang] ??= { offered: 0, right: 0, found: 0, labelled: 0, wrong: [] });
    const offered = offer(p);
    // a part of a label is a name ("Tarnwell"); a label with more around it is not ("زيفارا تطلق")
    const hits = (n: string, g: string) => g.includes(n);
    for (const n of offered) {
      s.offered++;
      if (p.names.some((g) => hits(n, g))) s.right++;
      else s.wrong.push({ passage: p.name, name: n });
    }
    for (const g of new Set(p.names.filter((g) => !known(g)))) {
      s.labelled++;
      if (offered.some((n) => hits(n, g))) s.found++;
    }
  }
  return out;
}
