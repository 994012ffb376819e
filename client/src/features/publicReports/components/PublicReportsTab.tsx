import { useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useResource } from '../../../app/useResource.ts';
import type { CooperationTabProps } from '../../cooperations/tabs.ts';
import { ResponseTimesTable } from '../../implementation/components/ResponseTimesTable.tsx';
import { listLiaisons } from '../../liaisons/api.ts';
import { listUnits } from '../../units/api.ts';
import type { PublicReport } from '../api.ts';
import { usePublicReportsT } from '../messages.ts';
import { usePublicReports } from '../usePublicReports.ts';
import { ForwardReportForm } from './ForwardReportForm.tsx';
import { ReportTable } from './ReportTable.tsx';
import { RespondForm } from './RespondForm.tsx';
import '../../implementation/implementation.css';
import '../publicReports.css';

/** Which form is open: forwarding a new report, correcting one, or recording an answer. */
type Open =
  | { kind: 'forward' }
  | { kind: 'correct'; report: PublicReport }
  | { kind: 'respond'; report: PublicReport };

/**
 * Laporan masyarakat: the reports from the public the Ombudsman forwarded to an OPD's PIC, each
 * OPD's response times against the agreement's commitment, and the forms of whoever may
 * forward, correct or record an answer (the server says which OPDs each may act for).
 */
export function PublicReportsTab({ cooperation }: CooperationTabProps) {
  const t = usePublicReportsT();
  const { data, error, reload } = usePublicReports(cooperation.id);
  const people = useResource(`public-report-people:${cooperation.id}`, () =>
    Promise.all([listUnits(cooperation.id), listLiaisons(cooperation.id)]),
  );
  const [open, setOpen] = useState<Open | null>(null);
  const units = people.data?.[0].units ?? [];
  const liaisons = people.data?.[1] ?? [];

  const forwardTo = new Set(data?.may.forwardTo ?? []);
  const respondFor = new Set(data?.may.respondFor ?? []);
  const mayCorrect = (r: PublicReport) =>
    r.respondedOn === null && r.unitId !== null && forwardTo.has(r.unitId);
  const mayRespond = (r: PublicReport) => r.unitId !== null && respondFor.has(r.unitId);
  const done = () => {
    setOpen(null);
    reload();
  };

  return (
    <section className="stack public-reports">
      <p className="muted">{t('intro')}</p>
      <ErrorNote error={error ?? people.error} onRetry={reload} />
      {data && forwardTo.size > 0 && open?.kind !== 'forward' && (
        <div>
          <button type="button" className="button primary" onClick={() => setOpen({ kind: 'forward' })}>
            {t('forward')}
          </button>
        </div>
      )}
      {data && (open?.kind === 'forward' || open?.kind === 'correct') && (
        <ForwardReportForm
          key={open.kind === 'correct' ? open.report.id : 'new'}
          cooperationId={cooperation.id}
          units={units.filter((u) => forwardTo.has(u.id))}
          liaisons={liaisons}
          today={data.today}
          defaultDeadlineDays={data.defaultDeadlineDays}
          commitments={data.commitments}
          report={open.kind === 'correct' ? open.report : undefined}
          onDone={done}
          onCancel={() => setOpen(null)}
        />
      )}
      {data && open?.kind === 'respond' && (
        <RespondForm
          key={open.report.id}
          report={open.report}
          today={data.today}
          onDone={done}
          onCancel={() => setOpen(null)}
        />
      )}
      {data && data.reports.length === 0 && <p className="empty-state">{t('empty')}</p>}
      {data && data.reports.length > 0 && (
        <>
          <ResponseTimesTable rows={data.byUnit} />
          <ReportTable
            reports={data.reports}
            mayCorrect={mayCorrect}
            mayRespond={mayRespond}
            onCorrect={(report) => setOpen({ kind: 'correct', report })}
            onRespond={(report) => setOpen({ kind: 'respond', report })}
          />
        </>
      )}
    </section>
  );
}
