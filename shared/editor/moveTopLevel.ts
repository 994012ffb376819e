import * as Y from 'yjs';

/**
 * Moves one top-level node of a body (a Pasal or a BAB heading) in the Y.Doc itself, in one
 * transaction: the node is removed and a copy of it inserted before the node now at `before`
 * (`fragment.length`: at the end). Indexes are those of the fragment before the move.
 *
 * Why not as a ProseMirror transaction: the binding (y-tiptap's `updateYFragment`) turns a
 * reordering into an in-place rewrite of every node between the old place and the new one.
 * Dragging Pasal 40 above Pasal 10 then rewrote thirty clauses, and anyone typing in one of them
 * at that moment saw their words land in another clause's text, while a clause deleted
 * meanwhile came back. Moved here, only the moved clause is touched.
 */
export function moveTopLevel(fragment: Y.XmlFragment, from: number, before: number, origin?: unknown): void {
  const doc = fragment.doc;
  if (!doc) throw new Error('moveTopLevel: the fragment is not in a Y.Doc');
  if (from < 0 || from >= fragment.length || before < 0 || before > fragment.length)
    throw new RangeError(`moveTopLevel: ${from} → ${before} outside 0..${fragment.length}`);
  if (before === from || before === from + 1) return;
  doc.transact(() => {
    const node = fragment.get(from);
    if (!(node instanceof Y.XmlElement)) throw new Error('moveTopLevel: only elements move');
    const copy = node.clone();
    fragment.delete(from, 1);
    fragment.insert(before > from ? before - 1 : before, [copy]);
  }, origin);
}
