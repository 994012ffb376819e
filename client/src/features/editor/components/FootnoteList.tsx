import { type Editor, useEditorState } from '@tiptap/react';
import { footnotesOf } from '../../../document/footnotes.ts';
import { useFootnoteUi } from '../footnoteUi.ts';
import { useNotesTablesT } from '../notesTablesMessages.ts';
import '../notesTables.css';

/**
 * The footnotes under the page, numbered as the marks in the text and as Word prints them;
 * each opens for editing (when the document may be edited).
 */
export function FootnoteList({ editor, editable }: { editor: Editor; editable: boolean }) {
  const t = useNotesTablesT();
  const notes = useEditorState({ editor, selector: ({ editor: e }) => footnotesOf(e.state) });
  if (!notes.length) return null;
  return (
    <section className="footnote-list" aria-label={t('footnote.listTitle')}>
      <ol>
        {notes.map((n) => (
          <li key={n.pos} value={n.number}>
            {editable ? (
              <button
                type="button"
                className="footnote-item"
                onClick={() => useFootnoteUi.getState().edit(n.pos)}
              >
                {n.text}
              </button>
            ) : (
              n.text
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
