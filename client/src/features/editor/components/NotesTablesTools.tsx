import type { ChainedCommands } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { NODE } from '../../../../../shared/schema/names.ts';
import { useBlocked } from '../../suggestions/useBlocked.ts';
import { VariableMenu } from '../../variables/components/VariableMenu.tsx';
import type { EditorScreen } from '../context.ts';
import { useFootnoteUi } from '../footnoteUi.ts';
import { useNotesTablesT } from '../notesTablesMessages.ts';
import { ToolButton } from './ToolButton.tsx';

type TableTool = 'addRow' | 'addColumn' | 'deleteRow' | 'deleteColumn' | 'delete';

/** The table commands, in the order of their buttons. */
const TABLE_TOOLS: [TableTool, (chain: ChainedCommands) => boolean][] = [
  ['addRow', (c) => c.addRowAfter().run()],
  ['addColumn', (c) => c.addColumnAfter().run()],
  ['deleteRow', (c) => c.deleteRow().run()],
  ['deleteColumn', (c) => c.deleteColumn().run()],
  ['delete', (c) => c.deleteTable().run()],
];

/**
 * Toolbar buttons for footnotes and tables: insert either where the text takes it (not in a
 * Pasal or BAB heading), and, inside a table, add or remove rows and columns or the table; in a
 * PKS, the menu of a master's variables.
 */
export function NotesTablesTools({ screen }: { screen: EditorScreen }) {
  const { editor, editable } = screen;
  const t = useNotesTablesT();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      inHeading: e.isActive(NODE.clauseHeading) || e.isActive(NODE.chapter),
      inTable: e.isActive(NODE.table),
    }),
  });
  const chain = () => editor.chain().focus();
  const blocked = useBlocked(editor);
  const canInsert = editable && !state.inHeading;
  return (
    <>
      <div className="toolbar-group">
        <ToolButton
          label={t('footnote.insertLabel')}
          icon={t('footnote.insert')}
          wide
          disabled={!canInsert}
          onClick={() => useFootnoteUi.getState().add()}
        />
        <ToolButton
          label={t('table.insertLabel')}
          icon={t('table.insert')}
          wide
          disabled={!canInsert || state.inTable}
          onClick={() => chain().insertTable({ rows: 2, cols: 3, withHeaderRow: false }).run()}
        />
      </div>
      <VariableMenu screen={screen} />
      {state.inTable && (
        <fieldset className="toolbar-group" aria-label={t('table.tools')}>
          {TABLE_TOOLS.map(([name, run]) => (
            <ToolButton
              key={name}
              label={t(`table.${name}`)}
              icon={t(`table.${name}Short`)}
              wide
              disabled={!editable}
              blocked={blocked('table')}
              onClick={() => run(chain())}
            />
          ))}
        </fieldset>
      )}
    </>
  );
}
