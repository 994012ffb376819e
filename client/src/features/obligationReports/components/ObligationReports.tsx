import { useId } from 'react';
import { longDate } from '../../../app/dates.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useResource } from '../../../app/useResource.ts';
import { useLanguage } from '../../../i18n/index.ts';
import { StateBadge } from '../../implementation/components/StateBadge.tsx';
import { concerns, useCooperationEvents } from '../../meetings/useCooperationEvents.ts';
import { listReports } from '../api.ts';
import { useReportT } from '../messages.ts';
import { occurrenceLines } from '../state.ts';
import { ReportForm } from './ReportForm.tsx';
import { ReportItem } from './ReportItem.tsx';
import '../obligationReports.css';

/**
 * The reports on carrying one obligation out: where it stands by due date, every report, newest
 * first, with its evidence and the other party's comments and requests for more, then the form
 * to report (for its party). Reads again when anyone reports or answers.
 */
export function ObligationReports({
  cooperationId,
  obligationId,
}: {
  cooperationId: string;
  obligationId: string;
}) {
  const t = useReportT();
  const language = useLanguage((s) => s.language);
  const headingId = useId();
  const resource = useResource(`obligation-reports:${obligationId}`, () => listReports(obligationId));
  useCooperationEvents(cooperationId, (e) => concerns(e, 'obligations') && resource.reload());
  const data = resource.data;
  return (
    <section className="stack obligation-reports" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('list.title')}</h3>
      <ErrorNote error={resource.error} onRetry={resource.reload} />
      {data && (
        <>
          <ul className="report-states" aria-label={t('state.title')}>
            {occurrenceLines(data.reports, data.dueDates, data.today).map((line) => (
              <li key={line.date ?? 'whole'}>
                <span>
                  {line.date
                    ? t('state.due', { date: longDate(line.date, language) ?? line.date })
                    : t('state.whole')}
                </span>{' '}
                <StateBadge state={line.state} />
              </li>
            ))}
          </ul>
          {data.reports.length === 0 ? (
            <p className="empty-state">{t('list.empty')}</p>
          ) : (
            <ol className="report-list">
              {[...data.reports].reverse().map((report) => (
                <li key={report.id}>
                  <ReportItem report={report} onAnswered={resource.reload} />
                </li>
              ))}
            </ol>
          )}
          {data.canReport && (
            <ReportForm
              obligationId={obligationId}
              dueDates={data.dueDates}
              today={data.today}
              limits={data.limits}
              onSent={resource.reload}
            />
          )}
        </>
      )}
    </section>
  );
}
