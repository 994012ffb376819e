import { mergeAttributes, Node } from '@tiptap/core';
import { isVariableName, variablePlaceholder } from '../../variables/names.ts';
import { NODE } from '../names.ts';
import { pasted } from './pastedElement.ts';

/** A pasted chip's name, when it is one of the closed list; anything else is no variable. */
const pastedName = (el: unknown) => {
  const name = pasted(el).getAttribute('data-name');
  return isVariableName(name) ? name : null;
};

/**
 * A variable of a master PKS ("Nama OPD", "Nomor Nota Kesepakatan"): an inline atom whose
 * `name` is one of `shared/variables/`'s closed list, filled with each variant's value in
 * the export. It is part of a Pasal's text and hash, so inserting, removing or changing one
 * is an edit like any other. The client supplies a node view (a chip); this HTML form is what
 * a copy to the clipboard carries, and a paste of a name off the list is plain text.
 */
export const Variable = Node.create({
  name: NODE.variable,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes: () => ({
    name: {
      default: null as string | null,
      parseHTML: pastedName,
      renderHTML: (a: Record<string, unknown>) => ({ 'data-name': a.name }),
    },
  }),
  parseHTML: () => [{ tag: 'span[data-type="variable"]', getAttrs: (el) => (pastedName(el) ? null : false) }],
  renderHTML: ({ HTMLAttributes, node }) => [
    'span',
    mergeAttributes(HTMLAttributes, { 'data-type': 'variable' }),
    variablePlaceholder(node.attrs.name),
  ],
  renderText: ({ node }) => variablePlaceholder(node.attrs.name),
});
