import { useEditorState } from '@tiptap/react';
import { NODE } from '../../../../../shared/schema/names.ts';
import { insertChapterAfterCurrent, insertClauseAfterCurrent } from '../../../document/clauseCommands.ts';
import { useT } from '../../../i18n/index.ts';
import { LIBRARY_KEYS } from '../../clauseLibrary/components/ClauseLibraryDialog.tsx';
import { useClauseLibraryUi } from '../../clauseLibrary/store.ts';
import { ExportMenu } from '../../signing/components/ExportMenu.tsx';
import { SuggestModeSwitch } from '../../suggestions/components/SuggestModeSwitch.tsx';
import { useBlocked } from '../../suggestions/useBlocked.ts';
import { useLiveSuggestions } from '../../suggestions/useLiveSuggestions.ts';
import { VariantMenuButton } from '../../variants/components/VariantMenuButton.tsx';
import type { EditorScreen } from '../context.ts';
import { useEditorUi } from '../store.ts';
import { NotesTablesTools } from './NotesTablesTools.tsx';
import { ToolButton } from './ToolButton.tsx';

/** Formatting and structure commands; undo and redo touch only my own edits (Yjs undo). */
export function Toolbar({ screen }: { screen: EditorScreen }) {
  const { editor, editable, document } = screen;
  const t = useT();
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      ayat: e.isActive(NODE.ayatList),
      letter: e.isActive(NODE.letterList),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const dispatch = (make: typeof insertClauseAfterCurrent) => {
    editor.view.dispatch(make(editor.state));
    editor.view.focus();
  };
  const chain = () => editor.chain().focus();
  const blocked = useBlocked(editor);
  const pendingSuggestions = useLiveSuggestions(editor).length;

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar-group">
        <ToolButton
          label={t('toolbar.bold')}
          keys="Ctrl+B"
          icon="B"
          iconClass="icon-bold"
          pressed={active.bold}
          disabled={!editable}
          onClick={() => chain().toggleBold().run()}
        />
        <ToolButton
          label={t('toolbar.italic')}
          keys="Ctrl+I"
          icon="I"
          iconClass="icon-italic"
          pressed={active.italic}
          disabled={!editable}
          onClick={() => chain().toggleItalic().run()}
        />
        <ToolButton
          label={t('toolbar.underline')}
          keys="Ctrl+U"
          icon="U"
          iconClass="icon-underline"
          pressed={active.underline}
          disabled={!editable}
          onClick={() => chain().toggleUnderline().run()}
        />
      </div>
      <div className="toolbar-group">
        <ToolButton
          label={t('toolbar.ayat')}
          keys="Ctrl+Shift+7"
          icon="(1)"
          pressed={active.ayat}
          disabled={!editable}
          blocked={blocked('list')}
          onClick={() => chain().toggleList(NODE.ayatList, NODE.ayatItem).run()}
        />
        <ToolButton
          label={t('toolbar.letter')}
          keys="Ctrl+Shift+8"
          icon="a."
          pressed={active.letter}
          disabled={!editable}
          blocked={blocked('list')}
          onClick={() => chain().toggleList(NODE.letterList, NODE.letterItem).run()}
        />
      </div>
      <div className="toolbar-group">
        <ToolButton
          label={t('toolbar.newPasal')}
          keys="Ctrl+Shift+Enter"
          icon={t('toolbar.newPasal')}
          wide
          disabled={!editable}
          onClick={() => dispatch(insertClauseAfterCurrent)}
        />
        <ToolButton
          label={t('toolbar.newBab')}
          icon={t('toolbar.newBab')}
          wide
          disabled={!editable}
          onClick={() => dispatch(insertChapterAfterCurrent)}
        />
        <ToolButton
          label={t('toolbar.crossRef')}
          keys="Ctrl+Shift+K"
          icon={t('toolbar.crossRef')}
          wide
          disabled={!editable}
          onClick={() => useEditorUi.getState().setCrossRefOpen(true)}
        />
        <ToolButton
          label={t('toolbar.clauseLibrary')}
          keys={LIBRARY_KEYS}
          icon={t('toolbar.clauseLibrary')}
          wide
          disabled={!editable}
          onClick={() => useClauseLibraryUi.getState().show()}
        />
      </div>
      <NotesTablesTools screen={screen} />
      <div className="toolbar-group">
        <ToolButton
          label={t('toolbar.undo')}
          keys="Ctrl+Z"
          icon="↶"
          disabled={!editable || !active.canUndo}
          onClick={() => chain().undo().run()}
        />
        <ToolButton
          label={t('toolbar.redo')}
          keys="Ctrl+Y"
          icon="↷"
          disabled={!editable || !active.canRedo}
          onClick={() => chain().redo().run()}
        />
      </div>
      <div className="toolbar-spacer" />
      <SuggestModeSwitch screen={screen} />
      <VariantMenuButton screen={screen} />
      <ExportMenu
        documentId={document.id}
        parties={screen.cooperation.parties}
        settings={screen.cooperation.settings}
        hasSuggestions={pendingSuggestions > 0}
      />
    </div>
  );
}
