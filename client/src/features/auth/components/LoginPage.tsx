import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { CardScreen } from '../../../app/CardScreen.tsx';
import type { ApiError } from '../../../app/http.ts';
import { TextField } from '../../../app/TextField.tsx';
import { useFields } from '../../../app/useFields.ts';
import { type MessageKey, useLanguage, useT } from '../../../i18n/index.ts';
import { useSession } from '../store.ts';
import { SessionEndedNote } from './SessionEndedNote.tsx';

/** Where to go after signing in: only our own paths, never another site. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/**
 * Masuk: username, password, language; a clear message on a wrong password or too many tries,
 * and why the person is here when their session ended elsewhere. Goes back to `?next=` after.
 */
export function LoginPage() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const { user, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { values, set, bind } = useFields({ username: '', password: '' });
  const { username, password } = values;
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (user) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) return setMessage(t('login.required'));
    setBusy(true);
    setMessage(null);
    try {
      await signIn(username.trim(), password);
      navigate(next, { replace: true });
    } catch (e) {
      const error = e as ApiError;
      const fallback: MessageKey =
        error.status === 429 ? 'login.tooMany' : error.status === 0 ? 'app.networkError' : 'login.invalid';
      // The server's own words first (its 429 says how long to wait), ours when it has none.
      setMessage(error.status === 0 ? t(fallback) : error.text(language) || t(fallback));
      set('password', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <CardScreen>
      <p className="muted">{t('app.tagline')}</p>
      <h1>{t('login.title')}</h1>
      <SessionEndedNote />
      <p className="muted small">{t('login.intro')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label={t('login.username')}
          {...bind('username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={message ? true : undefined}
          autoFocus
        />
        <TextField
          label={t('login.password')}
          {...bind('password')}
          type="password"
          autoComplete="current-password"
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? 'login-error' : undefined}
        />
        {message && (
          <p id="login-error" className="error-note" role="alert">
            {message}
          </p>
        )}
        <button type="submit" className="button primary login-submit" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </CardScreen>
  );
}
