import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { CardScreen } from '../../../app/CardScreen.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useResource } from '../../../app/useResource.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLanguage, useT } from '../../../i18n/index.ts';
import { useSession } from '../../auth/store.ts';
import { cooperationPath } from '../../cooperations/paths.ts';
import { acceptInvitation, getInvitation, type InvitationPreview } from '../api.ts';
import { useInvitationsT } from '../messages.ts';
import { NewAccountForm } from './NewAccountForm.tsx';

/**
 * /undangan/:token, the page an invitation link opens, signed in or not: what the link invites
 * to; a signed-in person accepts it, anyone else creates an account here (or signs in first and
 * comes back). Either way they land in the cooperation.
 */
export function InvitationPage() {
  const { token = '' } = useParams();
  const t = useInvitationsT();
  const appT = useT();
  const user = useSession((s) => s.user);
  const load = useSession((s) => s.load);
  const signOut = useSession((s) => s.signOut);
  const navigate = useNavigate();
  const invitation = useResource(`invitation:${token}`, () => getInvitation(token));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (user === undefined) load().catch(() => undefined);
  }, [user, load]);

  const joined = (cooperationId: string, title: string) => {
    showToast(t('page.welcome', { title }));
    navigate(cooperationPath(cooperationId), { replace: true });
  };

  const accept = async (preview: InvitationPreview) => {
    setBusy(true);
    setError(null);
    try {
      const { cooperationId } = await acceptInvitation(token);
      joined(cooperationId, preview.cooperation.title);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const preview = invitation.data;
  return (
    <CardScreen>
      <h1>{t('page.title')}</h1>
      {invitation.loading && !preview && <p className="muted">{appT('app.loading')}</p>}
      {invitation.error && (
        <>
          <ErrorNote error={invitation.error} />
          <Link to="/">{t('page.home')}</Link>
        </>
      )}
      {preview && <InvitationSummary preview={preview} />}
      {preview && user && (
        <div className="stack">
          <p>{t('page.signedInAs', { name: user.displayName, username: user.username })}</p>
          <ErrorNote error={error} />
          <button type="button" className="button primary" disabled={busy} onClick={() => accept(preview)}>
            {t('page.accept')}
          </button>
          <p className="muted small">
            {t('page.notYou')}{' '}
            <button type="button" className="button quiet" onClick={() => signOut()}>
              {t('page.signOut')}
            </button>
          </p>
        </div>
      )}
      {preview && user === null && (
        <>
          <NewAccountForm
            token={token}
            suggestedName={preview.name}
            onJoined={async (cooperationId) => {
              await load();
              joined(cooperationId, preview.cooperation.title);
            }}
          />
          <p className="muted small">
            {t('page.haveAccount')}{' '}
            <Link to={`/login?next=${encodeURIComponent(`/undangan/${token}`)}`}>{t('page.signIn')}</Link>
          </p>
        </>
      )}
    </CardScreen>
  );
}

/** Who invites whom, to which cooperation, with which party and role, until when. */
function InvitationSummary({ preview }: { preview: InvitationPreview }) {
  const t = useInvitationsT();
  const appT = useT();
  const language = useLanguage((s) => s.language);
  return (
    <div className="stack tight">
      <p>{t('page.invites', { inviter: preview.invitedBy, name: preview.name })}</p>
      <p>
        <strong>{preview.cooperation.title}</strong>
      </p>
      <p>
        {t('page.as', { role: appT(`role.${preview.role}`), party: preview.party.name })}
        {preview.signatory && ` ${t('page.signatory')}`}.
      </p>
      <p className="muted small">{t('page.until', { until: formatDateTime(preview.expiresAt, language) })}</p>
    </div>
  );
}
