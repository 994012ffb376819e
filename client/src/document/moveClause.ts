import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { ySyncPluginKey, yUndoPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { moveTopLevel } from '../../../shared/schema/moveTopLevel.ts';
import type { ClauseMove } from './clauseCommands.ts';
import { blockedInSuggestMode } from './suggestMode.ts';
import { topLevelById } from './topLevel.ts';

/** The Y.XmlFragment the editor is bound to, when it is a collaborative one. */
function boundFragment(editor: Editor): Y.XmlFragment | null {
  const binding = ySyncPluginKey.getState(editor.state)?.binding as { type?: unknown } | undefined;
  return binding?.type instanceof Y.XmlFragment ? binding.type : null;
}

/**
 * Makes a Pasal/BAB move. In a collaborative editor the move is made in the Y.Doc
 * (`moveTopLevel`: only the moved clause changes, where the binding would rewrite every clause
 * in between), the binding redraws the document, and the cursor is put back where it was in
 * the moved clause. Ctrl+Z takes back the move alone: it is made with the binding's own origin,
 * which the undo manager tracks, as a step of its own.
 */
export function applyClauseMove(editor: Editor, move: ClauseMove): void {
  // A move cannot be suggested, and made in the Y.Doc it would pass by the suggestion engine.
  if (blockedInSuggestMode(editor, 'moveClause')) return;
  const fragment = boundFragment(editor);
  const state = editor.state;
  const moved = fragment?.get(move.from);
  // The fragment mirrors the document's top level; if it does not (yet), ProseMirror moves it.
  if (
    !fragment ||
    fragment.length !== state.doc.childCount ||
    !(moved instanceof Y.XmlElement) ||
    moved.getAttribute('id') !== move.id
  ) {
    editor.view.dispatch(move.tr);
    return;
  }
  const node = topLevelById(state.doc, move.id)!;
  const { from, to } = state.selection;
  const inside = from >= node.from && to <= node.to;
  // Its own undo step: the undo manager would merge it with typing of the half second before.
  const undoManager = yUndoPluginKey.getState(state)?.undoManager as Y.UndoManager | undefined;
  undoManager?.stopCapturing();
  moveTopLevel(fragment, move.from, move.before, ySyncPluginKey);
  undoManager?.stopCapturing();
  // Yjs has run the binding's observer by now: the view shows the moved document.
  const now = topLevelById(editor.state.doc, move.id);
  if (!now) return;
  const tr = editor.state.tr;
  if (inside) {
    try {
      tr.setSelection(
        TextSelection.create(tr.doc, now.from + (from - node.from), now.from + (to - node.from)),
      );
    } catch {
      // the selection was on a node boundary that is not a text position: leave it
    }
  }
  editor.view.dispatch(tr.scrollIntoView());
}
