import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAuthT } from '../messages.ts';
import { useSession } from '../store.ts';

/** The history state of the home page entered by {@link LostAccessRedirect}. */
interface LostAccessState {
  lostAccess?: boolean;
}

/**
 * Leaves the page of a cooperation whose access the server withdrew (a removal: the event
 * stream's `stream.ended` not-member, or the editor's socket closed with 4403) for the home
 * page, which says why. Rendered once, around every screen.
 */
export function LostAccessRedirect() {
  const lostAccess = useSession((s) => s.lostAccess);
  const clear = useSession((s) => s.clearLostAccess);
  const navigate = useNavigate();
  useEffect(() => {
    if (!lostAccess) return;
    clear();
    navigate('/', { replace: true, state: { lostAccess: true } satisfies LostAccessState });
  }, [lostAccess, clear, navigate]);
  return null;
}

/** On the home page after a removal: why the cooperation's page closed, until dismissed. */
export function LostAccessNote() {
  const t = useAuthT();
  const shown = (useLocation().state as LostAccessState | null)?.lostAccess === true;
  const [dismissed, setDismissed] = useState(false);
  if (!shown || dismissed) return null;
  return (
    <div className="error-note" role="alert" data-testid="lost-access">
      <span>{t('ended.notMember')}</span>
      <button type="button" className="button quiet" onClick={() => setDismissed(true)}>
        {t('ended.dismiss')}
      </button>
    </div>
  );
}
