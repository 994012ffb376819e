import { NavLink, Outlet, useOutletContext, useParams } from 'react-router-dom';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Frame } from '../../../app/Frame.tsx';
import { useResource } from '../../../app/useResource.ts';
import { useT } from '../../../i18n/index.ts';
import { getCooperation } from '../api.ts';
import { useLiveMembers } from '../liveMembers.ts';
import { useLiveProgress } from '../liveProgress.ts';
import { cooperationPath } from '../paths.ts';
import { type CooperationTab, type CooperationTabProps, cooperationTabs } from '../tabs.ts';
import { InvitePartnerPrompt } from './InvitePartnerPrompt.tsx';
import { PartyChips } from './PartyChip.tsx';

/** Kerja sama: the cooperation's title and parties, a tab bar, and the current tab. */
export function CooperationPage() {
  const { cooperationId = '' } = useParams();
  const t = useT();
  const {
    data: cooperation,
    error,
    reload,
  } = useResource(`cooperation:${cooperationId}`, () => getCooperation(cooperationId));
  // Progress and status of the documents follow approvals and status changes as they happen.
  useLiveProgress(cooperationId, reload);
  // Members and my permissions follow membership changes as they happen.
  useLiveMembers(cooperationId, reload);
  const base = cooperationPath(cooperationId);
  return (
    <Frame crumbs={[{ label: t('nav.home'), to: '/' }, { label: cooperation?.title ?? '…' }]}>
      <div className="page">
        <ErrorNote error={error} onRetry={reload} />
        {!cooperation && !error && <p className="muted">{t('app.loading')}</p>}
        {cooperation && (
          <>
            <div className="page-head">
              <div>
                <h1>{cooperation.title}</h1>
                {cooperation.description && <p className="muted">{cooperation.description}</p>}
              </div>
              <PartyChips parties={cooperation.parties} label={t('coop.parties')} />
            </div>
            <InvitePartnerPrompt cooperation={cooperation} />
            <nav className="tab-bar" aria-label={t('coop.tabs')}>
              {cooperationTabs.map((tab) => (
                <NavLink
                  key={tab.path}
                  to={tab.path ? `${base}/${tab.path}` : base}
                  end={!tab.detail}
                  className="tab"
                >
                  {t(tab.label)}
                </NavLink>
              ))}
            </nav>
            <div className="tab-panel">
              <Outlet context={{ cooperation, reload } satisfies CooperationTabProps} />
            </div>
          </>
        )}
      </div>
    </Frame>
  );
}

/** Route element of one tab: hands the loaded cooperation to the tab's component. */
export function CooperationTabRoute({ tab }: { tab: CooperationTab }) {
  const props = useOutletContext<CooperationTabProps>();
  return <tab.Component {...props} />;
}
