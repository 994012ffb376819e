import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { PMJSON } from '../../../shared/clauses.ts';
import { agreementSchema } from '../../../shared/schema/extensions.ts';

/** Test fixtures that read like documents: `doc(clause('a', 'MAKSUD', p('...')))`. */
export const p = (text = ''): PMJSON => ({
  type: 'paragraph',
  content: text ? [{ type: 'text', text }] : [],
});
export const heading = (text = ''): PMJSON => ({
  type: 'clauseHeading',
  content: text ? [{ type: 'text', text }] : [],
});
export const clause = (id: string, title: string, ...body: PMJSON[]): PMJSON => ({
  type: 'clause',
  attrs: { id },
  content: [heading(title), ...body],
});
export const chapter = (id: string, title: string): PMJSON => ({
  type: 'chapter',
  attrs: { id },
  content: title ? [{ type: 'text', text: title }] : [],
});
export const ayat = (...items: [string, string][]): PMJSON => ({
  type: 'ayatList',
  content: items.map(([id, text]) => ({ type: 'ayatItem', attrs: { id }, content: [p(text)] })),
});
export const doc = (...content: PMJSON[]): PMNode => agreementSchema().nodeFromJSON({ type: 'doc', content });

/** An editor state over `node` with the cursor at the first text position inside the node with `id`. */
export function stateIn(node: PMNode, id?: string, offset = 2): EditorState {
  const state = EditorState.create({ doc: node, schema: agreementSchema() });
  if (!id) return state;
  let at = -1;
  node.descendants((n, pos) => {
    if (at < 0 && n.attrs.id === id) at = pos + offset;
    return at < 0;
  });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
}

/** Clause ids in document order. */
export const clauseIds = (node: PMNode) => {
  const ids: string[] = [];
  node.forEach((n) => {
    if (n.type.name === 'clause' || n.type.name === 'chapter') ids.push(String(n.attrs.id));
  });
  return ids;
};
