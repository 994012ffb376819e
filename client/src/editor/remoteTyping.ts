import { ProsemirrorBinding } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

type TypeChanged = (events: Y.YEvent<Y.XmlFragment>[], transaction: Y.Transaction) => void;

/**
 * y-tiptap (3.0.9) redraws the whole document for every remote change: its binding clears the
 * Y ↔ ProseMirror node map (so that cursors resolve after a block is dragged), rebuilds every
 * node, and ProseMirror then compares every node of the page. In a 100-Pasal agreement with
 * five people typing, that took 20 ms per keystroke received (45 % of a core on the bench
 * machine, more on an office laptop). When a remote change only touched text (every changed
 * type is a text, or a map outside the body), the node map is kept: the binding still drops the
 * changed texts and their ancestors from it, so only the paragraph typed in and the nodes above
 * it are rebuilt, and unchanged clauses reach ProseMirror as the same objects. Structural
 * changes (paragraphs or clauses added, removed, moved) keep y-tiptap's full rebuild.
 */
export function keepNodesOnRemoteTyping(): void {
  const proto = ProsemirrorBinding.prototype as unknown as { _typeChanged: TypeChanged; __sepakat?: true };
  if (proto.__sepakat) return;
  proto.__sepakat = true;
  const typeChanged = proto._typeChanged;
  proto._typeChanged = function (this: { mapping: Map<unknown, unknown> }, events, transaction) {
    if (!onlyText(transaction)) return typeChanged.call(this, events, transaction);
    const mapping = this.mapping;
    // An own property shadows Map.prototype.clear for this one call.
    Object.defineProperty(mapping, 'clear', { value: () => {}, configurable: true });
    try {
      typeChanged.call(this, events, transaction);
    } finally {
      delete (mapping as { clear?: unknown }).clear;
    }
  };
}

function onlyText(transaction: Y.Transaction): boolean {
  for (const type of transaction.changed.keys())
    if (!(type instanceof Y.XmlText || type instanceof Y.Map)) return false;
  return true;
}
