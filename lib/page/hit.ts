/**
 * An index from text nodes to the mentions painted over them, so the node and offset under the
 * pointer (from caretPositionFromPoint) lead to a mention without walking every range.
 */

export interface Piece {
  /** offsets within the node, end exclusive */
  start: number;
  end: number;
  mention: number;
}

export class MentionIndex {
  private readonly byNode = new WeakMap<Node, Piece[]>();

  add(node: Node, piece: Piece): void {
    const list = this.byNode.get(node);
    if (list) list.push(piece);
    else this.byNode.set(node, [piece]);
  }

  /** The mention covering `offset` in `node`. A caret offset sits between characters: the one after it, or at a name's end the one before. */
  at(node: Node, offset: number): number | undefined {
    const list = this.byNode.get(node);
    if (!list) return undefined;
    for (const p of list) if (offset >= p.start && offset < p.end) return p.mention;
    for (const p of list) if (offset === p.end) return p.mention;
    return undefined;
  }
}
