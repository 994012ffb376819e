import { type FormEvent, useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useResource } from '../../../app/useResource.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { listLiaisons } from '../../liaisons/api.ts';
import { useMeetingsT } from '../../meetings/messages.ts';
import { createAction } from '../api.ts';

interface AddActionFormProps {
  cooperation: Cooperation;
  /** Where the follow-up comes from: a meeting and/or a discussion point. */
  origin?: { meetingId?: string | null; pointId?: string | null };
  /** Folded behind a button (inside a point card). */
  compact?: boolean;
  onAdded?: () => void;
}

/** Records a follow-up: what, who is in charge (a member or a liaison), by when. */
export function AddActionForm({ cooperation, origin = {}, compact, onAdded }: AddActionFormProps) {
  const t = useMeetingsT();
  const [open, setOpen] = useState(!compact);
  const [text, setText] = useState('');
  const [pic, setPic] = useState(`u:${cooperation.members[0]?.userId ?? ''}`);
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const liaisons = useResource(`liaisons:${cooperation.id}`, () =>
    open ? listLiaisons(cooperation.id) : Promise.resolve([]),
  );

  if (!open) {
    return (
      <button type="button" className="button quiet small" onClick={() => setOpen(true)}>
        + {t('actions.new')}
      </button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const [kind, id] = [pic.slice(0, 1), pic.slice(2)];
    try {
      await createAction(cooperation.id, {
        text: text.trim(),
        personInCharge: kind === 'u' ? { userId: id } : { liaisonId: id },
        ...(dueDate ? { dueDate } : {}),
        ...(origin.meetingId ? { meetingId: origin.meetingId } : {}),
        ...(origin.pointId ? { pointId: origin.pointId } : {}),
      });
      showToast(t('actions.added'));
      setText('');
      setDueDate('');
      if (compact) setOpen(false);
      onAdded?.();
    } catch (e) {
      setError(e as ApiError);
    }
  };

  return (
    <form className="stack add-action" onSubmit={submit} aria-label={t('actions.new')}>
      <ErrorNote error={error} />
      <label className="field">
        <span className="field-label">{t('actions.text')}</span>
        <input className="input" required value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="field-pair">
        <label className="field">
          <span className="field-label">{t('actions.pic')}</span>
          <select className="input" value={pic} onChange={(e) => setPic(e.target.value)}>
            {cooperation.members.map((m) => (
              <option key={m.userId} value={`u:${m.userId}`}>
                {t('actions.picMember', { name: m.displayName })}
              </option>
            ))}
            {liaisons.data?.map((l) => (
              <option key={l.id} value={`l:${l.id}`}>
                {t('actions.picLiaison', { name: `${l.name}${l.unit ? ` (${l.unit})` : ''}` })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('actions.due')}</span>
          <input className="input" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </label>
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
