import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { DocumentStatus } from '../../../../../shared/api/cooperations.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { documentPath } from '../../cooperations/paths.ts';
import type { Liaison } from '../../liaisons/api.ts';
import { ObligationReports } from '../../obligationReports/components/ObligationReports.tsx';
import type { Unit } from '../../units/api.ts';
import { useObligationT } from '../messages.ts';
import { implementationPath } from '../paths.ts';
import type { ObligationRights } from '../rights.ts';
import type { TrackedAgreement } from '../useImplementation.ts';
import { ObligationCard } from './ObligationCard.tsx';

interface ObligationDetailProps {
  cooperation: Cooperation;
  obligationId: string;
  /** Null while loading. */
  agreements: TrackedAgreement[] | null;
  units: Unit[];
  liaisons: Liaison[];
  today: string;
  rightsFor: (status: DocumentStatus) => ObligationRights;
  onChanged: () => void;
}

/**
 * One obligation on a page of its own (`pelaksanaan/:obligationId`, where reminders and the bell
 * lead): the obligation as in the list, then the reports on carrying it out.
 */
export function ObligationDetail(props: ObligationDetailProps) {
  const { cooperation, obligationId, agreements } = props;
  const t = useObligationT();
  const agreement = agreements?.find((a) => a.obligations.some((o) => o.id === obligationId));
  const obligation = agreement?.obligations.find((o) => o.id === obligationId);
  const top = useRef<HTMLElement>(null);
  const shown = Boolean(obligation);
  // Followed from far down the list, a mail or the bell: the obligation starts at the top of the window.
  // biome-ignore lint/correctness/useExhaustiveDependencies: another obligation's page scrolls to it again.
  useEffect(() => {
    if (shown) top.current?.scrollIntoView({ block: 'start' });
  }, [obligationId, shown]);
  return (
    <section className="stack implementation obligation-detail" ref={top}>
      <Link className="back-link" to={implementationPath(cooperation.id)}>
        ← {t('detail.back')}
      </Link>
      {agreements && !obligation && <p className="empty-state">{t('detail.notFound')}</p>}
      {agreement && obligation && (
        <>
          <p className="muted">
            {t('detail.document')}:{' '}
            <Link to={documentPath(cooperation.id, agreement.summary.id)}>{agreement.summary.title}</Link>
          </p>
          <ObligationCard
            cooperation={cooperation}
            obligation={obligation}
            heading="h2"
            units={props.units}
            liaisons={props.liaisons}
            signedOn={agreement.signedOn}
            today={props.today}
            canManage={props.rightsFor(agreement.summary.status).manage}
            onChanged={props.onChanged}
          />
          <ObligationReports cooperationId={cooperation.id} obligationId={obligation.id} />
        </>
      )}
    </section>
  );
}
