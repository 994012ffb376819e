import type { Node as PMNode } from '@tiptap/pm/model';

/** A node directly under the document, with where it starts and ends. */
export interface TopLevelNode {
  node: PMNode;
  /** Index among the document's children. */
  index: number;
  /** Position before the node. */
  from: number;
  /** Position after the node. */
  to: number;
}

/** The top-level node (clause, chapter, preamble, ...) that contains `pos`. */
export function topLevelAt(doc: PMNode, pos: number): TopLevelNode | null {
  if (doc.childCount === 0) return null;
  const $pos = doc.resolve(Math.min(Math.max(pos, 0), doc.content.size));
  const index = Math.min($pos.index(0), doc.childCount - 1);
  return topLevelByIndex(doc, index);
}

/** The top-level node at `index`. */
export function topLevelByIndex(doc: PMNode, index: number): TopLevelNode | null {
  if (index < 0 || index >= doc.childCount) return null;
  let from = 0;
  for (let i = 0; i < index; i++) from += doc.child(i).nodeSize;
  const node = doc.child(index);
  return { node, index, from, to: from + node.nodeSize };
}

/** The top-level node with `id` (a clause or chapter). */
export function topLevelById(doc: PMNode, id: string): TopLevelNode | null {
  let found: TopLevelNode | null = null;
  doc.forEach((node, offset, index) => {
    if (!found && node.attrs.id === id) found = { node, index, from: offset, to: offset + node.nodeSize };
  });
  return found;
}
