import { mergeAttributes, Node } from '@tiptap/core';
import { NODE } from '../names.ts';
import { pasted } from './pastedElement.ts';

/** Longest footnote text kept: a footnote cites a regulation or explains a term, it is no annex. */
export const FOOTNOTE_MAX_CHARS = 2000;

/**
 * A footnote (catatan kaki) at the point of its reference mark. It is an inline atom holding
 * its text as an attribute, so collaborators replace a footnote's text whole (y-tiptap keeps
 * atom attributes as one value) and a Pasal's hash covers it. Its number ("1", "2") is its
 * position among the document's footnotes, derived wherever it is shown, never stored. The
 * client supplies a node view; this HTML form is what a copy to the clipboard carries.
 */
export const Footnote = Node.create({
  name: NODE.footnote,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes: () => ({
    text: {
      default: '',
      parseHTML: (el: unknown) => {
        const sup = pasted(el);
        return (sup.getAttribute('data-text') ?? sup.textContent ?? '').slice(0, FOOTNOTE_MAX_CHARS);
      },
      renderHTML: (a: Record<string, unknown>) => ({ 'data-text': a.text }),
    },
  }),
  parseHTML: () => [{ tag: 'sup[data-type="footnote"]' }],
  renderHTML: ({ HTMLAttributes }) => [
    'sup',
    mergeAttributes(HTMLAttributes, { 'data-type': 'footnote' }),
    '*',
  ],
  renderText: ({ node }) => `[${String(node.attrs.text ?? '')}]`,
});
