import { useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Frame } from '../../../app/Frame.tsx';
import { useResource } from '../../../app/useResource.ts';
import { useT } from '../../../i18n/index.ts';
import { LostAccessNote } from '../../auth/components/LostAccess.tsx';
import { MyWeek } from '../../implementation/components/MyWeek.tsx';
import { useInvitationsT } from '../../invitations/messages.ts';
import { listCooperations } from '../api.ts';
import { CooperationCard } from './CooperationCard.tsx';
import { NewCooperationDialog } from './NewCooperationDialog.tsx';

/** Beranda: the cooperations I belong to, and a way to start a new one where the server allows me. */
export function HomePage() {
  const t = useT();
  const it = useInvitationsT();
  const { data, error, loading, reload } = useResource('cooperations', listCooperations);
  const [creating, setCreating] = useState(false);
  return (
    <Frame crumbs={[{ label: t('nav.home') }]}>
      <div className="page">
        <div className="page-head">
          <h1>{t('home.title')}</h1>
          {data?.canCreate && (
            <button type="button" className="button primary" onClick={() => setCreating(true)}>
              {t('home.new')}
            </button>
          )}
        </div>
        <LostAccessNote />
        <MyWeek />
        <ErrorNote error={error} onRetry={reload} />
        {loading && !data && <p className="muted">{t('app.loading')}</p>}
        {data && data.cooperations.length === 0 && (
          <p className="empty-state">{data.canCreate ? t('home.empty') : it('home.emptyInvite')}</p>
        )}
        {data && data.cooperations.length > 0 && (
          <ul className="card-grid">
            {data.cooperations.map((c) => (
              <li key={c.id}>
                <CooperationCard cooperation={c} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <NewCooperationDialog open={creating} onClose={() => setCreating(false)} />
    </Frame>
  );
}
