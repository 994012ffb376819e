import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { type MessageKey, useT } from '../../../i18n/index.ts';
import { createCooperation } from '../api.ts';
import { cooperationPath } from '../paths.ts';
import { type PartyDraft, PartyFields } from './PartyFields.tsx';

const emptyParty = (): PartyDraft => ({ name: '', shortName: '', seat: '' });

/** The "new cooperation" form: a title and two or more parties. */
export function NewCooperationDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [parties, setParties] = useState<PartyDraft[]>([emptyParty(), emptyParty()]);
  const [myParty, setMyParty] = useState(1);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const filled = parties.filter((p) => p.name.trim() && p.shortName.trim());
    if (!title.trim()) return setProblem('coopForm.needTitle');
    if (filled.length < 2) return setProblem('coopForm.needTwo');
    setProblem(null);
    setBusy(true);
    try {
      const cooperation = await createCooperation({
        title: title.trim(),
        description: description.trim() || undefined,
        parties: filled.map((p) => ({
          name: p.name.trim(),
          shortName: p.shortName.trim(),
          seat: p.seat.trim() || undefined,
        })),
        myPartyOrdinal: Math.min(myParty, filled.length),
      });
      onClose();
      navigate(cooperationPath(cooperation.id));
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('coopForm.title')} open={open} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <label className="field">
          <span>{t('coopForm.name')}</span>
          <input
            className="input"
            value={title}
            placeholder={t('coopForm.namePlaceholder')}
            aria-invalid={problem === 'coopForm.needTitle'}
            onChange={(e) => setTitle(e.target.value)}
            autoFocus
          />
        </label>
        <label className="field">
          <span>{t('coopForm.description')}</span>
          <textarea className="input" value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <PartyFields
          parties={parties}
          myParty={myParty}
          onChange={setParties}
          onMyParty={setMyParty}
          onAdd={() => setParties([...parties, emptyParty()])}
        />
        {problem && (
          <p className="error-note" role="alert">
            {t(problem)}
          </p>
        )}
        <ErrorNote error={error} />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {t('coopForm.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
