import type { Editor } from '@tiptap/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useSession } from '../../auth/store.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import type { Meeting } from '../../meetings/api.ts';
import { useMeetingsT } from '../../meetings/messages.ts';
import { raisePoint } from '../api.ts';
import { type PointSelection, selectionForPoint, usePointDraft } from '../pointDraft.ts';
import '../points.css';
import { Field } from '../../../app/Field.tsx';

interface RaisePointFormProps {
  cooperation: Cooperation;
  documentId: string;
  editor: Editor | null;
  /** The clause holding the cursor: the point goes on it. */
  clauseId: string | null;
  clauseLabel: string | null;
  meeting?: Meeting | null;
  agendaItemId?: string | null;
  /**
   * The suggestion the point proposes (a stamp's id): the point is listed under it and closed
   * as agreed when it is accepted. Such a form takes no selection from the text.
   */
  suggestionId?: string;
  /** Called once the point is raised (a form for a suggestion closes). */
  onRaised?: () => void;
}

/**
 * A new point on the clause at the cursor, anchored to the selected text: the "Tambah poin"
 * bubble on a selection, or Ctrl+Alt+M (Word's "new comment"), takes the selection and puts the
 * cursor in the point's text, with the quoted words shown above it. Points are raised
 * in one's own name; the minute-taker of a meeting in progress records who raised it: an
 * attendee, or a guest by name (the server's policy `point.raiseFor`; others are refused there).
 */
export function RaisePointForm(props: RaisePointFormProps) {
  const { cooperation, documentId, editor, clauseId, clauseLabel, meeting, agendaItemId, suggestionId } =
    props;
  const t = useMeetingsT();
  const [text, setText] = useState('');
  const [selection, setSelection] = useState<PointSelection | null>(null);
  const [raisedBy, setRaisedBy] = useState('me');
  const [guest, setGuest] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (suggestionId) {
      field.current?.focus({ preventScroll: true });
      return;
    }
    // After the next render: on a narrow screen the form's drawer opens with the offer, and a
    // field that is not shown yet cannot take the focus.
    const focusText = () =>
      requestAnimationFrame(() => {
        field.current?.focus({ preventScroll: true });
        field.current?.scrollIntoView({ block: 'nearest' });
      });
    const take = (event: KeyboardEvent) => {
      if (!(event.ctrlKey && event.altKey && event.key.toLowerCase() === 'm') || !editor) return;
      event.preventDefault();
      setSelection(selectionForPoint(editor));
      focusText();
    };
    // Words offered by the bubble: now, or before this form was mounted (the tab was closed).
    const fromBubble = () => {
      const offered = usePointDraft.getState().take();
      if (!offered) return;
      setSelection(offered);
      focusText();
    };
    fromBubble();
    const unsubscribe = usePointDraft.subscribe((s) => {
      if (s.pending) fromBubble();
    });
    window.addEventListener('keydown', take);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', take);
    };
  }, [editor, suggestionId]);

  const me = useSession((s) => s.user);
  const recordsForOthers = !!me && meeting?.state === 'open' && meeting.minuteTaker?.userId === me.id;
  const members = meeting ? meeting.attendees.filter((a) => a.userId && a.userId !== me?.id) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const by =
      !recordsForOthers || raisedBy === 'me'
        ? undefined
        : raisedBy === 'guest'
          ? { name: guest.trim() }
          : { userId: raisedBy };
    try {
      await raisePoint(cooperation.id, {
        text: text.trim(),
        documentId,
        ...(clauseId ? { clauseId } : {}),
        ...(selection ? { quote: selection.quote } : {}),
        ...(selection?.range ? { anchorRange: selection.range } : {}),
        ...(meeting && meeting.state !== 'closed' ? { meetingId: meeting.id } : {}),
        ...(meeting && agendaItemId ? { agendaItemId } : {}),
        ...(by ? { raisedBy: by } : {}),
        ...(suggestionId ? { suggestionId } : {}),
      });
      showToast(t('points.raised'));
      setText('');
      setSelection(null);
      props.onRaised?.();
    } catch (e) {
      setError(e as ApiError);
    }
  };

  return (
    <form className="stack raise-point" onSubmit={submit} aria-label={t('points.new')}>
      <ErrorNote error={error} />
      {clauseLabel && <div className="small muted">{t('points.onClause', { clause: clauseLabel })}</div>}
      {selection && (
        <blockquote className="small point-quote" data-testid="point-quote">
          {t('points.quote', { quote: selection.quote })}
        </blockquote>
      )}
      <textarea
        ref={field}
        className="input"
        rows={3}
        aria-label={t('points.text')}
        placeholder={t('points.text')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {recordsForOthers && (
        <div className="field-pair">
          <Field label={t('points.raisedBy')}>
            <select className="input" value={raisedBy} onChange={(e) => setRaisedBy(e.target.value)}>
              <option value="me">{t('points.me')}</option>
              {members.map((a) => (
                <option key={a.id} value={a.userId ?? ''}>
                  {a.name}
                </option>
              ))}
              <option value="guest">{t('points.guest')}</option>
            </select>
          </Field>
          {raisedBy === 'guest' && (
            <Field label={t('points.guestName')}>
              <input className="input" value={guest} onChange={(e) => setGuest(e.target.value)} />
            </Field>
          )}
        </div>
      )}
      <div className="form-actions">
        <span className="muted small">{suggestionId ? '' : t('points.shortcut')}</span>
        <button
          type="submit"
          className="button primary"
          disabled={!text.trim() || (recordsForOthers && raisedBy === 'guest' && !guest.trim())}
        >
          {t('points.raise')}
        </button>
      </div>
    </form>
  );
}
