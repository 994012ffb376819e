import { Mark, mergeAttributes, Node } from '@tiptap/core';
import { MARK, NODE } from '../names.ts';
import { pasted } from './pastedElement.ts';

/**
 * Cross-reference to a Pasal (and optionally one of its ayat) by id. Its text
 * ("Pasal 3 ayat (2)") is computed from the current numbering wherever it is shown,
 * so it renumbers itself when clauses move. The client supplies a node view; this
 * HTML form is only what a copy to the clipboard carries.
 */
export const ClauseRef = Node.create({
  name: NODE.clauseRef,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes: () => ({
    clauseId: {
      default: null as string | null,
      parseHTML: (el: unknown) => pasted(el).getAttribute('data-clause-id'),
      renderHTML: (a: Record<string, unknown>) => ({ 'data-clause-id': a.clauseId }),
    },
    ayat: {
      default: null as string | null,
      parseHTML: (el: unknown) => pasted(el).getAttribute('data-ayat'),
      renderHTML: (a: Record<string, unknown>) => (a.ayat ? { 'data-ayat': a.ayat } : {}),
    },
  }),
  parseHTML: () => [{ tag: 'span[data-type="clause-ref"]' }],
  renderHTML: ({ HTMLAttributes, node }) => [
    'span',
    mergeAttributes(HTMLAttributes, { 'data-type': 'clause-ref' }),
    `[Pasal ${node.attrs.clauseId ?? '?'}]`,
  ],
  renderText: () => 'Pasal',
});

/**
 * Anchors a discussion point (poin pembahasan) to a range of text. Several anchors may
 * overlap; anchors are excluded from a clause's content hash, so commenting never makes
 * an approval stale.
 */
export const PointAnchor = Mark.create({
  name: MARK.pointAnchor,
  inclusive: false,
  excludes: '',
  addAttributes: () => ({
    pointId: {
      default: null as string | null,
      parseHTML: (el: unknown) => pasted(el).getAttribute('data-point-id'),
      renderHTML: (a: Record<string, unknown>) => ({ 'data-point-id': a.pointId }),
    },
  }),
  parseHTML: () => [{ tag: 'span[data-point-id]' }],
  renderHTML: ({ HTMLAttributes }) => ['span', mergeAttributes(HTMLAttributes, { class: 'point-anchor' }), 0],
});
