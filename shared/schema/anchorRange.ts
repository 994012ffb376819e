import type { Node as PMNode } from '@tiptap/pm/model';
import { toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/** Selected text as two Yjs relative positions (`Y.encodeRelativePosition`, base64). */
export interface AnchorRange {
  from: string;
  to: string;
}

/** y-tiptap's binding mapping: each Y type and the ProseMirror node(s) it is. */
type Mapping = Map<Y.AbstractType<unknown>, PMNode | PMNode[]>;

/**
 * The text between two ProseMirror positions, as positions inside the Y.XmlTexts themselves:
 * the start sticks to the first selected character and the end to the last, so words typed
 * just before or after the selection (even at the start of its paragraph) stay out of it.
 * (y-tiptap's `absolutePositionToRelativePosition` places a paragraph's first position on the
 * paragraph, and text typed there then falls inside the range.) Null when a position is not in
 * text-holding content or the mapping does not know its node.
 */
export function anchorRangeOf(doc: PMNode, mapping: Mapping, from: number, to: number): AnchorRange | null {
  const start = relativeIn(doc, mapping, from, 0);
  const end = relativeIn(doc, mapping, to, -1);
  if (!start || !end) return null;
  return { from: toBase64(Y.encodeRelativePosition(start)), to: toBase64(Y.encodeRelativePosition(end)) };
}

function relativeIn(doc: PMNode, mapping: Mapping, pos: number, assoc: number): Y.RelativePosition | null {
  const $pos = doc.resolve(pos);
  const parent = $pos.parent;
  if (!parent.inlineContent) return null;
  let element: Y.XmlElement | null = null;
  for (const [type, node] of mapping) {
    if (node === parent && type instanceof Y.XmlElement) element = type;
  }
  if (!element) return null;
  // Within the paragraph, a text run is one Y.XmlText of its length, an inline node one child.
  let offset = $pos.parentOffset;
  const children = element.toArray();
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child instanceof Y.XmlText) {
      if (offset < child.length || (offset === child.length && assoc < 0)) {
        return Y.createRelativePositionFromTypeIndex(child, offset, assoc);
      }
      offset -= child.length;
    } else {
      if (offset === 0) return Y.createRelativePositionFromTypeIndex(element, i, assoc);
      offset -= 1;
    }
  }
  return Y.createRelativePositionFromTypeIndex(element, children.length, assoc);
}
