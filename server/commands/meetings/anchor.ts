import { Transform } from '@tiptap/pm/transform';
import { initProseMirrorDoc, relativePositionToAbsolutePosition, updateYFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { YDOC } from '../../../shared/protocol.ts';
import { type AnchorRange, agreementSchema, MARK } from '../../../shared/schema/index.ts';

/**
 * Marks the text between two relative positions with the point's `pointAnchor`. The server does
 * it, not the client, so that a commenter's point is highlighted too (a commenter's own document
 * updates are dropped), and relative positions keep the range on the words that were selected
 * while others typed elsewhere. Returns false, changing nothing, when the range no longer holds
 * any text (deleted meanwhile) or does not resolve in this document.
 */
export function markPointAnchor(ydoc: Y.Doc, range: AnchorRange, pointId: string): boolean {
  const fragment = ydoc.getXmlFragment(YDOC.body);
  const schema = agreementSchema();
  const { doc, meta } = initProseMirrorDoc(fragment, schema);
  const resolve = (encoded: string): number | null => {
    try {
      const position = Y.decodeRelativePosition(Buffer.from(encoded, 'base64'));
      // A position in text names an item or a nested type, never a root type by name: resolving
      // one would create that root type in the server's copy, one per request.
      if (position.tname !== null) return null;
      return relativePositionToAbsolutePosition(ydoc, fragment, position, meta.mapping);
    } catch {
      return null; // not a relative position at all
    }
  };
  const from = resolve(range.from);
  const to = resolve(range.to);
  if (from === null || to === null || from >= to || to > doc.content.size) return false;
  if (!doc.textBetween(from, to, ' ').trim()) return false;
  const marked = new Transform(doc).addMark(from, to, schema.mark(MARK.pointAnchor, { pointId })).doc;
  updateYFragment(ydoc, fragment, marked, meta);
  return true;
}
