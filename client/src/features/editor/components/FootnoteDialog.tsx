import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { NODE } from '../../../../../shared/editor/names.ts';
import { FOOTNOTE_MAX_CHARS } from '../../../../../shared/editor/nodes/footnote.ts';
import { Dialog } from '../../../app/Dialog.tsx';
import { footnotesOf } from '../../../editor/footnotes.ts';
import type { EditorScreen } from '../context.ts';
import { useFootnoteUi } from '../footnoteUi.ts';
import { useNotesTablesT } from '../notesTablesMessages.ts';
import '../notesTables.css';

/** The footnote at `pos`, if one is still there (a collaborator may have moved or removed it). */
const footnoteAt = (editor: Editor, pos: number | null) => {
  if (pos === null) return null;
  const node = editor.state.doc.nodeAt(pos);
  return node?.type.name === NODE.footnote ? node : null;
};

/**
 * Writes a footnote's text: a new one goes in at the cursor, an existing one is changed (or
 * removed) in place. The text is plain, up to the length the server keeps.
 */
export function FootnoteDialog({ screen }: { screen: EditorScreen }) {
  const { editor, editable } = screen;
  const t = useNotesTablesT();
  const { open, pos, close } = useFootnoteUi();
  const [text, setText] = useState('');
  const existing = footnoteAt(editor, pos);
  const number = footnotesOf(editor.state).find((n) => n.pos === pos)?.number ?? 0;

  useEffect(() => {
    if (open) setText(String(footnoteAt(editor, pos)?.attrs.text ?? ''));
  }, [open, pos, editor]);

  const save = () => {
    const value = text.trim().slice(0, FOOTNOTE_MAX_CHARS);
    close();
    if (!value) return;
    const chain = editor.chain().focus();
    if (pos === null) {
      chain.insertContent({ type: NODE.footnote, attrs: { text: value } }).run();
      return;
    }
    chain
      .command(({ tr }) => {
        if (!footnoteAt(editor, pos)) return false;
        tr.setNodeMarkup(pos, undefined, { text: value });
        return true;
      })
      .run();
  };
  const remove = () => {
    close();
    if (pos === null || !footnoteAt(editor, pos)) return;
    editor
      .chain()
      .focus()
      .deleteRange({ from: pos, to: pos + 1 })
      .run();
  };

  return (
    <Dialog
      title={pos === null ? t('footnote.newTitle') : t('footnote.editTitle', { n: number })}
      open={open && editable && (pos === null || !!existing)}
      onClose={close}
    >
      <form
        className="footnote-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label className="field">
          <span>{t('footnote.text')}</span>
          <textarea
            className="input"
            rows={4}
            maxLength={FOOTNOTE_MAX_CHARS}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoFocus
          />
        </label>
        <p className="muted">{t('footnote.hint')}</p>
        <div className="footnote-actions">
          {pos !== null && (
            <button type="button" className="button quiet" onClick={remove}>
              {t('footnote.remove')}
            </button>
          )}
          <button type="submit" className="button primary" disabled={!text.trim()}>
            {t('footnote.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
