import { type FormEvent, useState } from 'react';
import { createAccountBodySchema } from '../../../../../shared/api/invitations.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { TextField } from '../../../app/TextField.tsx';
import { useFields } from '../../../app/useFields.ts';
import { createAccount } from '../api.ts';
import { type InvitationsMessageKey, useInvitationsT } from '../messages.ts';

/**
 * Buat akun: a person without an account creates one from their invitation link (username,
 * display name, position, password twice) and joins at once; the server signs them in.
 */
export function NewAccountForm({
  token,
  suggestedName,
  onJoined,
}: {
  token: string;
  suggestedName: string;
  onJoined: (cooperationId: string) => Promise<void> | void;
}) {
  const t = useInvitationsT();
  const { values, bind } = useFields({
    username: '',
    displayName: suggestedName,
    position: '',
    password: '',
    repeat: '',
  });
  const { username, displayName, position, password, repeat } = values;
  const [problem, setProblem] = useState<InvitationsMessageKey | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (password !== repeat) return setProblem('page.mismatch');
    const body = createAccountBodySchema.safeParse({
      username,
      displayName,
      password,
      ...(position.trim() ? { position } : {}),
    });
    if (!body.success) return setProblem('page.invalid');
    setProblem(null);
    setBusy(true);
    try {
      const { cooperationId } = await createAccount(token, body.data);
      await onJoined(cooperationId);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="new-account-heading">
      <h2 id="new-account-heading">{t('page.newAccount')}</h2>
      <p className="muted small">{t('page.newAccountIntro')}</p>
      <TextField
        label={t('page.username')}
        {...bind('username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        aria-invalid={error?.field === 'username' || undefined}
        aria-describedby="new-account-username-hint"
      />
      <span id="new-account-username-hint" className="muted small">
        {t('page.usernameHint')}
      </span>
      <TextField label={t('page.displayName')} {...bind('displayName')} autoComplete="name" />
      <TextField label={t('page.position')} {...bind('position')} autoComplete="organization-title" />
      <TextField
        label={t('page.password')}
        {...bind('password')}
        type="password"
        autoComplete="new-password"
      />
      <TextField
        label={t('page.repeat')}
        {...bind('repeat')}
        type="password"
        autoComplete="new-password"
        aria-invalid={problem === 'page.mismatch' || undefined}
      />
      {problem && (
        <p className="error-note" role="alert">
          {t(problem)}
        </p>
      )}
      <ErrorNote error={error} />
      <button type="submit" className="button primary" disabled={busy}>
        {t('page.create')}
      </button>
    </form>
  );
}
