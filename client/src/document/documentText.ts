import type { Node as PMNode } from '@tiptap/pm/model';

/** Each top-level node's text, kept while it is the same object. */
const textOfTop = new WeakMap<PMNode, string>();

/**
 * `doc.textContent`, read from each top-level node's kept text: a keystroke or another
 * person's change builds one Pasal anew, so only its text is read again. The same string as
 * `doc.textContent` (a document's text is its children's joined without a separator).
 */
export function documentText(doc: PMNode): string {
  let text = '';
  doc.forEach((top) => {
    let own = textOfTop.get(top);
    if (own === undefined) {
      own = top.textContent;
      textOfTop.set(top, own);
    }
    text += own;
  });
  return text;
}
