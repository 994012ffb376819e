import { unsentDocuments } from '../../../document/unsent.ts';
import { useAuthT } from '../messages.ts';
import { useSession } from '../store.ts';

/**
 * On the login page after the session ended without this tab signing out: says so, and that
 * edits not yet sent wait on this device for the next sign-in.
 */
export function SessionEndedNote() {
  const t = useAuthT();
  const expired = useSession((s) => s.expired);
  if (!expired) return null;
  return (
    <div className="error-note" role="alert" data-testid="session-ended">
      <span>
        {t('ended.signedOut')}
        {unsentDocuments().length > 0 && ` ${t('ended.unsentKept')}`}
      </span>
    </div>
  );
}
