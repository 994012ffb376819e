import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * Puts the cursor at the start of the first top-level node that `match`es (a Pasal by id, the
 * opening, the closing) and scrolls it to the top of the sheet. False when there is none.
 */
export function jumpTo(editor: Editor, match: (node: PMNode) => boolean): boolean {
  let from = -1;
  editor.state.doc.forEach((node, offset) => {
    if (from < 0 && match(node)) from = offset;
  });
  if (from < 0) return false;
  // +2: inside the node's first textblock (the Pasal heading, the opening's first paragraph).
  editor
    .chain()
    .focus()
    .setTextSelection(from + 2)
    .run();
  (editor.view.nodeDOM(from) as HTMLElement | null)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  return true;
}
