import * as Y from 'yjs';
import { YDOC } from '../protocol.ts';

/** The shared types a body is made of. */
type XmlType = Y.XmlFragment | Y.XmlElement | Y.XmlText;

/**
 * A move as the Y.Doc's `moves` map keeps it, under the copy's item id (`moveKey`): the item
 * id of the node it was copied from, and what the mover had seen of it (per client whose edits
 * are in it, the clock up to which the mover had that client's edits). Read by
 * `keepEditsInMovedClauses` on the devices of people who typed in it meanwhile.
 */
export interface MoveRecord {
  from: string;
  seen: Record<string, number>;
  /** Set on a merge of two copies of one Pasal (moveRescue.ts): the copy kept. */
  to?: string;
}

/** The key of a moved node's copy in the `moves` map. */
export const moveKey = (item: Y.Item) => `${item.id.client}:${item.id.clock}`;

/**
 * Moves one top-level node of a body (a Pasal or a BAB heading) in the Y.Doc itself, in one
 * transaction: the node is removed and a copy of it inserted before the node now at `before`
 * (`fragment.length`: at the end). Indexes are those of the fragment before the move.
 *
 * Why not as a ProseMirror transaction: the binding (y-tiptap's `updateYFragment`) turns a
 * reordering into an in-place rewrite of every node between the old place and the new one.
 * Dragging Pasal 40 above Pasal 10 that way rewrites thirty clauses: anyone typing in one of
 * them at that moment sees their words land in another clause's text, and a clause deleted
 * meanwhile comes back in place of another. Moved here, only the moved clause is touched; what
 * others type in it before they receive the move follows it (moveRescue.ts).
 */
export function moveTopLevel(fragment: Y.XmlFragment, from: number, before: number, origin?: unknown): void {
  const doc = fragment.doc;
  if (!doc) throw new Error('moveTopLevel: the fragment is not in a Y.Doc');
  if (from < 0 || from >= fragment.length || before < 0 || before > fragment.length)
    throw new RangeError(`moveTopLevel: ${from} → ${before} outside 0..${fragment.length}`);
  if (before === from || before === from + 1) return;
  const state = Y.decodeStateVector(Y.encodeStateVector(doc));
  doc.transact(() => {
    const node = fragment.get(from);
    if (!(node instanceof Y.XmlElement)) throw new Error('moveTopLevel: only elements move');
    const seen: MoveRecord['seen'] = {};
    for (const client of clientsIn(node)) seen[client] = state.get(client) ?? 0;
    const copy = node.clone();
    fragment.delete(from, 1);
    fragment.insert(before > from ? before - 1 : before, [copy]);
    doc.getMap<MoveRecord>(YDOC.moves).set(moveKey(copy._item!), { from: moveKey(node._item!), seen });
  }, origin);
}

/** Every client with an item (kept or deleted) anywhere in `type`. */
function clientsIn(type: XmlType, into = new Set<number>()): Set<number> {
  const visit = (item: Y.Item | null) => {
    for (let n = item; n; n = n.right as Y.Item | null) {
      into.add(n.id.client);
      if (n.content instanceof Y.ContentType) clientsIn(n.content.type as XmlType, into);
    }
  };
  visit(type._start);
  for (const item of type._map.values()) visit(item);
  return into;
}
