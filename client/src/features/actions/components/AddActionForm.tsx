import { type FormEvent, useEffect, useRef, useState } from 'react';
import { DateField } from '../../../app/DateField.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { useMeetingsT } from '../../meetings/messages.ts';
import { type Action, createAction } from '../api.ts';
import { PersonInChargeSelect, personInCharge } from './PersonInChargeSelect.tsx';

interface AddActionFormProps {
  cooperation: Cooperation;
  /** Where the follow-up comes from: a meeting and/or a discussion point. */
  origin?: { meetingId?: string | null; pointId?: string | null };
  /** Folded behind a button (inside a point card). */
  compact?: boolean;
  /** Called with the follow-up the server recorded. */
  onAdded?: (action: Action) => void;
}

/**
 * Records a follow-up: what, who is in charge (a member or a liaison), by when. Its fields
 * stack in a narrow column (the meeting room's side panel) and sit side by side where there
 * is room; opening it puts the caret in its first field.
 */
export function AddActionForm({ cooperation, origin = {}, compact, onAdded }: AddActionFormProps) {
  const t = useMeetingsT();
  const [open, setOpen] = useState(!compact);
  const [text, setText] = useState('');
  const [pic, setPic] = useState(`u:${cooperation.members[0]?.userId ?? ''}`);
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);

  // Opening puts the caret in the first field; folding it again (saved or cancelled) gives the
  // focus back to the button that opened it, not to the page.
  useEffect(() => {
    if (open) first.current?.focus();
    else if (wasOpen.current) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button ref={toggle} type="button" className="button quiet small" onClick={() => setOpen(true)}>
        + {t('actions.new')}
      </button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const action = await createAction(cooperation.id, {
        text: text.trim(),
        personInCharge: personInCharge(pic),
        ...(dueDate ? { dueDate } : {}),
        ...(origin.meetingId ? { meetingId: origin.meetingId } : {}),
        ...(origin.pointId ? { pointId: origin.pointId } : {}),
      });
      showToast(t('actions.added'));
      setText('');
      setDueDate('');
      if (compact) setOpen(false);
      onAdded?.(action);
    } catch (e) {
      setError(e as ApiError);
    }
  };

  return (
    <form className="stack add-action" onSubmit={submit} aria-label={t('actions.new')}>
      <ErrorNote error={error} />
      <Field label={t('actions.text')}>
        <input
          ref={first}
          className="input"
          required
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <div className="add-action-fields">
        <PersonInChargeSelect cooperation={cooperation} value={pic} onChange={setPic} />
        <DateField label={t('actions.due')} name="dueDate" value={dueDate} onChange={setDueDate} />
      </div>
      <div className="form-actions">
        {compact && (
          <button type="button" className="button quiet" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" className="button primary" disabled={!text.trim()}>
          {t('actions.add')}
        </button>
      </div>
    </form>
  );
}
