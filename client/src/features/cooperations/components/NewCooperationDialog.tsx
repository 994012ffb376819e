import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { useLanguage, useT } from '../../../i18n/index.ts';
import { createCooperation } from '../api.ts';
import {
  checkCooperation,
  type FieldProblems,
  fieldInputId,
  type PartyDraft,
} from '../newCooperationForm.ts';
import { useNewCooperationT } from '../newCooperationMessages.ts';
import { cooperationPath } from '../paths.ts';
import { CheckedField } from './CheckedField.tsx';
import { PartyFields } from './PartyFields.tsx';

const emptyParty = (): PartyDraft => ({ name: '', shortName: '', seat: '' });

/**
 * The "new cooperation" form: a title and two or more parties. Every field is checked at once
 * by the server's schema; each error shows under its field, and focus goes to the first one.
 * A field the server still refuses is marked the same way.
 */
export function NewCooperationDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const words = useNewCooperationT();
  const language = useLanguage((s) => s.language);
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [parties, setParties] = useState<PartyDraft[]>([emptyParty(), emptyParty()]);
  const [myParty, setMyParty] = useState(1);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // Bumped on each refused submit, so focus moves to the first marked field once it is drawn.
  const [checked, setChecked] = useState(0);

  useEffect(() => {
    if (checked) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [checked]);

  /** The server's words for the field it refused, when that field is on the form. */
  const serverField =
    error?.field && form.current?.querySelector(`#${CSS.escape(fieldInputId(error.field))}`);
  const errorOf = (field: string) => {
    const problem = problems[field];
    if (problem) return words.problem(problem);
    return serverField && error?.field === field ? error.text(language) : undefined;
  };
  const marked = Object.keys(problems).length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const result = checkCooperation({ title, description, parties, myParty });
    setProblems(result.problems);
    if (!result.body) return setChecked((n) => n + 1);
    setBusy(true);
    try {
      const cooperation = await createCooperation(result.body);
      onClose();
      navigate(cooperationPath(cooperation.id));
    } catch (e) {
      setError(e as ApiError);
      setChecked((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('coopForm.title')} open={open} onClose={onClose}>
      <form ref={form} className="stack" onSubmit={submit} noValidate>
        <CheckedField
          id={fieldInputId('title')}
          label={t('coopForm.name')}
          value={title}
          placeholder={t('coopForm.namePlaceholder')}
          error={errorOf('title')}
          onChange={(e) => setTitle(e.target.value)}
          autoFocus
        />
        <Field label={t('coopForm.description')}>
          <textarea
            className="input"
            value={description}
            maxLength={5000}
            onChange={(e) => setDescription(e.target.value)}
          />
        </Field>
        <PartyFields
          parties={parties}
          myParty={myParty}
          onChange={setParties}
          onMyParty={setMyParty}
          onAdd={() => setParties([...parties, emptyParty()])}
          errorOf={errorOf}
        />
        {marked > 0 && (
          <p className="error-note" role="alert">
            {words.summary(marked)}
          </p>
        )}
        {!serverField && <ErrorNote error={error} />}
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
