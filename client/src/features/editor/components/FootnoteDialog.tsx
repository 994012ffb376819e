import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { useEffect, useRef, useState } from 'react';
import { NODE } from '../../../../../shared/schema/names.ts';
import { FOOTNOTE_MAX_CHARS } from '../../../../../shared/schema/nodes/footnote.ts';
import { Dialog } from '../../../app/Dialog.tsx';
import { footnotesOf } from '../../../document/footnotes.ts';
import type { EditorScreen } from '../context.ts';
import { useFootnoteUi } from '../footnoteUi.ts';
import { useNotesTablesT } from '../notesTablesMessages.ts';
import '../notesTables.css';
import { Field } from '../../../app/Field.tsx';

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
    if (open) setText(String(footnoteAt(editor, useFootnoteUi.getState().pos)?.attrs.text ?? ''));
  }, [open, editor]);

  // Others edit on while the dialog is open, and y-tiptap applies their changes as a new
  // document, so no position maps through them: the footnote is found again by its text (the
  // one nearest its old number), or by its number when someone changed that text meanwhile.
  // The dialog closes when neither is there.
  const opened = useRef<{ number: number; text: string } | null>(null);
  useEffect(() => {
    if (!open || pos === null) {
      opened.current = null;
      return;
    }
    const note = footnotesOf(editor.state).find((n) => n.pos === pos);
    opened.current ??= note ? { number: note.number, text: note.text } : null;
    const follow = ({ transaction }: { transaction: Transaction }) => {
      const was = opened.current;
      if (!transaction.docChanged || !was) return;
      const notes = footnotesOf(editor.state);
      const same = notes.filter((n) => n.text === was.text);
      const found =
        same.sort((a, b) => Math.abs(a.number - was.number) - Math.abs(b.number - was.number))[0] ??
        notes.find((n) => n.number === was.number);
      if (found) useFootnoteUi.setState({ pos: found.pos });
      else close();
    };
    editor.on('transaction', follow);
    return () => {
      editor.off('transaction', follow);
    };
  }, [open, pos, editor, close]);

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
        <Field label={t('footnote.text')}>
          <textarea
            className="input"
            rows={4}
            maxLength={FOOTNOTE_MAX_CHARS}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoFocus
          />
        </Field>
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
