import type { Mention } from '../protocol/messages';
import type { PageMention } from '../shared/wire';
import { locate, nodeAt, type Block } from './extract';


/** Per entity: how many mentions and the position of the first (in document order). */
export function countMentions(mentions: readonly PageMention[], inHeadline: (m: PageMention) => boolean = () => false): Mention[] {
  const byId = new Map<string, Mention>();
  mentions.forEach((m, i) => {
    const seen = byId.get(m.entity);
    if (seen) {
      seen.count++;
      seen.headline ||= inHeadline(m);
    } else byId.set(m.entity, { id: m.entity, count: 1, first: i, headline: inHeadline(m) });
  });
  return [...byId.values()].sort((a, b) => b.count - a.count || a.first - b.first);
}

export function toRange(doc: Document, block: Block, start: number, end: number): Range {
  const s = locate(block, start, false);
  const e = locate(block, end, true);
  const r = doc.createRange();
  r.setStart(s.node, s.offset);
  r.setEnd(e.node, e.offset);
  return r;
}

/** Each text node a mention covers, with the part of it covered, for the hover index. */
export function piecesOf(block: Block, start: number, end: number): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  // Stryker disable next-line BooleanLiteral: nodeAt(…, true) differs only by the node ending at start, which `ne <= start` skips
  for (let i = nodeAt(block, start, false); i < block.nodes.length && block.starts[i]! < end; i++) {
    const ns = block.starts[i]!;
    const ne = ns + block.nodes[i]!.data.length;
    if (ne <= start) continue;
    out.push({ node: block.nodes[i]!, start: Math.max(start, ns) - ns, end: Math.min(end, ne) - ns });
  }
  return out;
}
