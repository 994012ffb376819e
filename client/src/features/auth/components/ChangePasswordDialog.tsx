import { type FormEvent, useState } from 'react';
import { newPasswordSchema } from '../../../../../shared/api/invitations.ts';
import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { TextField } from '../../../app/TextField.tsx';
import { showToast } from '../../../app/toast.ts';
import { changePassword } from '../api.ts';
import { type AuthMessageKey, useAuthT } from '../messages.ts';

/** The bounds the server holds a new password to (the same schema as a new account's). */
const MIN = newPasswordSchema.minLength ?? 8;
const MAX = newPasswordSchema.maxLength ?? 1024;

/** What is wrong with the form before it is sent, or null. */
function problemOf(current: string, next: string, repeat: string): AuthMessageKey | null {
  if (!current) return 'password.required';
  if (next.length < MIN) return 'password.tooShort';
  if (next.length > MAX) return 'password.tooLong';
  return next === repeat ? null : 'password.mismatch';
}

/**
 * Ganti kata sandi: the current password, the new one twice. Says beforehand that every other
 * device is signed out; the server's refusals (a wrong current password, too many tries) are
 * shown in its own words.
 */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useAuthT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<AuthMessageKey | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setCurrent('');
    setNext('');
    setRepeat('');
    setProblem(null);
    setError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const found = problemOf(current, next, repeat);
    setProblem(found);
    if (found) return;
    setBusy(true);
    try {
      await changePassword(current, next);
      showToast(t('password.done'));
      close();
    } catch (e) {
      setError(e as ApiError);
      setCurrent('');
    } finally {
      setBusy(false);
    }
  };

  const fields = [
    {
      name: 'current-password',
      label: 'password.current',
      value: current,
      set: setCurrent,
      invalid: problem === 'password.required' || error?.id === 'auth.wrong_password',
    },
    {
      name: 'new-password',
      label: 'password.new',
      value: next,
      set: setNext,
      invalid: problem === 'password.tooShort' || problem === 'password.tooLong',
      hint: true,
    },
    {
      name: 'repeat-password',
      label: 'password.repeat',
      value: repeat,
      set: setRepeat,
      invalid: problem === 'password.mismatch',
    },
  ] satisfies {
    name: string;
    label: AuthMessageKey;
    value: string;
    set: (v: string) => void;
    invalid: boolean;
    hint?: boolean;
  }[];

  return (
    <Dialog title={t('password.title')} open={open} onClose={close}>
      <form className="stack" onSubmit={submit} noValidate>
        <p className="muted small">{t('password.intro')}</p>
        {fields.map((f) => (
          <TextField
            key={f.name}
            label={t(f.label)}
            name={f.name}
            type="password"
            autoComplete={f.name === 'current-password' ? 'current-password' : 'new-password'}
            value={f.value}
            aria-invalid={f.invalid || undefined}
            aria-describedby={f.hint ? 'new-password-hint' : undefined}
            onChange={(e) => f.set(e.target.value)}
            autoFocus={f.name === 'current-password'}
          />
        ))}
        <span id="new-password-hint" className="muted small">
          {t('password.hint', { min: MIN })}
        </span>
        {problem && (
          <p className="error-note" role="alert">
            {t(problem, { min: MIN, max: MAX })}
          </p>
        )}
        <ErrorNote error={error} />
        <div className="section-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('password.submitting') : t('password.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
