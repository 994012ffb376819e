import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { NODE } from '../../../shared/schema/names.ts';
import { enterAtHeadingEnd, enterAtHeadingStart } from './clauseBody.ts';
import { convertTypedPasal, insertClauseAfterCurrent, moveCurrentClause } from './clauseCommands.ts';
import { applyClauseMove } from './moveClause.ts';
import { insertSections, structurePasted } from './pasteStructure.ts';

export interface StructureKeysOptions {
  /** Opens the cross-reference picker (a React dialog). */
  onCrossReference: () => void;
}

/**
 * Keys and paste handling that keep an agreement structured: typed or pasted "Pasal N"
 * lines become clauses, Enter at the start of a Pasal heading opens a line under it (the heading
 * stays) and at its end goes into the empty line already there, Alt+↑/↓ moves a Pasal, list shortcuts make ayat and letter lists.
 */
export const StructureKeys = Extension.create<StructureKeysOptions>({
  name: 'structureKeys',
  // Before the list items' own Enter (split item) and StarterKit's Mod-Shift-8 (bullet list).
  priority: 200,
  addOptions: () => ({ onCrossReference: () => undefined }),
  addKeyboardShortcuts() {
    const run = (make: (s: typeof this.editor.state) => ReturnType<typeof convertTypedPasal>) => () => {
      if (!this.editor.isEditable) return false;
      const tr = make(this.editor.state);
      if (!tr) return false;
      this.editor.view.dispatch(tr);
      return true;
    };
    const move = (direction: -1 | 1) => () => {
      if (!this.editor.isEditable) return false;
      const planned = moveCurrentClause(this.editor.state, direction);
      if (!planned) return false;
      applyClauseMove(this.editor, planned);
      return true;
    };
    return {
      Enter: () => run(enterAtHeadingStart)() || run(enterAtHeadingEnd)() || run(convertTypedPasal)(),
      'Alt-ArrowUp': move(-1),
      'Alt-ArrowDown': move(1),
      'Mod-Shift-Enter': run(insertClauseAfterCurrent),
      'Mod-Shift-7': () => this.editor.commands.toggleList(NODE.ayatList, NODE.ayatItem),
      'Mod-Shift-8': () => this.editor.commands.toggleList(NODE.letterList, NODE.letterItem),
      'Mod-Shift-k': () => {
        this.options.onCrossReference();
        return true;
      },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('structurePaste'),
        props: {
          handlePaste: (view, _event, slice) => {
            const sections = structurePasted(slice.content, view.state.schema);
            if (!sections) return false;
            view.dispatch(insertSections(view.state, sections));
            return true;
          },
        },
      }),
    ];
  },
});
