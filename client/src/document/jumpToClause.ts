import type { Editor } from '@tiptap/core';
import { jumpSelection, scrollToTop } from './clauseBody.ts';
import { topLevelById } from './topLevel.ts';

/**
 * Takes the reader to the Pasal or BAB with `id`: the caret into its body, its heading at the
 * top of the document column, focus in the editor. False when no such node is in the document.
 */
export function jumpToClause(editor: Editor, id: string): boolean {
  const target = topLevelById(editor.state.doc, id);
  const selection = jumpSelection(editor.state.doc, id);
  if (!target || !selection) return false;
  editor.view.dispatch(editor.state.tr.setSelection(selection));
  editor.view.focus();
  scrollToTop(editor.view.nodeDOM(target.from) as HTMLElement | null);
  return true;
}
