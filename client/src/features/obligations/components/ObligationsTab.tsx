import { useParams } from 'react-router-dom';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useT } from '../../../i18n/index.ts';
import type { CooperationTabProps } from '../../cooperations/tabs.ts';
import { ImplementationSummary } from '../../implementation/components/ImplementationSummary.tsx';
import { ReminderStatus } from '../../notifications/components/ReminderStatus.tsx';
import { useObligationT } from '../messages.ts';
import { useObligationRights } from '../rights.ts';
import { trackedDocuments, useImplementation } from '../useImplementation.ts';
import { AgreementObligations } from './AgreementObligations.tsx';
import { ObligationDetail } from './ObligationDetail.tsx';
import '../obligations.css';

/**
 * Pelaksanaan: carrying the agreement out. Each final or signed MoU and PKS with its obligations
 * by Pasal; `pelaksanaan/:obligationId` opens one obligation with its reports.
 */
export function ObligationsTab({ cooperation }: CooperationTabProps) {
  const { obligationId } = useParams();
  const t = useObligationT();
  const tApp = useT();
  const { agreements, people, today } = useImplementation(cooperation);
  const rightsFor = useObligationRights(cooperation);
  const units = people.data?.units ?? [];
  const liaisons = people.data?.liaisons ?? [];
  const loading = !agreements.data && !agreements.error;

  if (obligationId)
    return (
      <ObligationDetail
        cooperation={cooperation}
        obligationId={obligationId}
        agreements={agreements.data}
        units={units}
        liaisons={liaisons}
        today={today}
        rightsFor={rightsFor}
        onChanged={agreements.reload}
      />
    );

  return (
    <section className="stack implementation">
      <p className="muted">{t('tab.intro')}</p>
      <ImplementationSummary cooperation={cooperation} />
      <ErrorNote error={agreements.error ?? people.error} onRetry={agreements.reload} />
      {loading && <p className="muted">{tApp('app.loading')}</p>}
      {trackedDocuments(cooperation).length === 0 && <p className="empty-state">{t('tab.empty')}</p>}
      {agreements.data?.map((agreement) => (
        <AgreementObligations
          key={agreement.summary.id}
          cooperation={cooperation}
          agreement={agreement}
          units={units}
          liaisons={liaisons}
          today={today}
          rights={rightsFor(agreement.summary.status)}
          onChanged={agreements.reload}
        />
      ))}
      <ReminderStatus cooperation={cooperation} />
    </section>
  );
}
