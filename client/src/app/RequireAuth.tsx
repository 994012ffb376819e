import { useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../features/auth/store.ts';
import { useT } from '../i18n/index.ts';

/**
 * Signed-in routes. Unknown session: ask the server once; signed out: go to /login and come
 * back to the same URL afterwards, so a shared link opens the same place after signing in.
 */
export function RequireAuth() {
  const user = useSession((s) => s.user);
  const load = useSession((s) => s.load);
  const location = useLocation();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const t = useT();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the check on "try again".
  useEffect(() => {
    if (user === undefined) load().catch(() => setFailed(true));
  }, [user, load, attempt]);

  if (user === undefined) {
    return (
      <div className="centered-note" role="status">
        {failed ? (
          <>
            <p>{t('app.networkError')}</p>
            <button
              type="button"
              className="button"
              onClick={() => {
                setFailed(false);
                setAttempt((a) => a + 1);
              }}
            >
              {t('app.retry')}
            </button>
          </>
        ) : (
          t('app.loading')
        )}
      </div>
    );
  }
  if (user === null) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
