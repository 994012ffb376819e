import { useLanguage } from '../../../i18n/index.ts';
import { dayText } from '../../meetings/components/when.ts';
import type { PublicReport } from '../api.ts';
import { usePublicReportsT } from '../messages.ts';

interface ReportTableProps {
  reports: readonly PublicReport[];
  /** Whether the caller may correct this report (it waits, and they forward to its OPD). */
  mayCorrect: (r: PublicReport) => boolean;
  /** Whether the caller may record this report's answer (its OPD's party). */
  mayRespond: (r: PublicReport) => boolean;
  onCorrect: (r: PublicReport) => void;
  onRespond: (r: PublicReport) => void;
}

/** A report's state as a chip: its word always beside its colour. */
export function ReportStateChip({ state }: { state: PublicReport['state'] }) {
  const t = usePublicReportsT();
  return <span className={`badge report-state report-state-${state}`}>{t(`state.${state}`)}</span>;
}

/**
 * The forwarded reports, latest first: where each went, when it is due, when it was answered
 * and in how many working days. At phone width each row becomes a card.
 */
export function ReportTable({ reports, mayCorrect, mayRespond, onCorrect, onRespond }: ReportTableProps) {
  const t = usePublicReportsT();
  const language = useLanguage((s) => s.language);
  return (
    <table className="table public-reports-table">
      <caption className="visually-hidden">{t('list')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reference')}</th>
          <th scope="col">{t('unit')}</th>
          <th scope="col">{t('forwardedOn')}</th>
          <th scope="col">{t('due')}</th>
          <th scope="col">{t('answered')}</th>
          <th scope="col">{t('taken')}</th>
          <th scope="col">{t('state')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('correct')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id} className={`report-row report-row-${r.state}`}>
            <td className="report-reference">{r.reference}</td>
            <td data-label={t('unit')}>
              <div className="cell-value">
                <div>{r.unitName || <span className="muted">{t('removedUnit')}</span>}</div>
                {r.liaisonName && (
                  <div className="muted small">
                    {t('pic')}: {r.liaisonName}
                  </div>
                )}
              </div>
            </td>
            <td data-label={t('forwardedOn')} className="report-day">
              {dayText(r.forwardedOn, language)}
            </td>
            <td data-label={t('due')} className="report-day">
              {dayText(r.dueOn, language)}
            </td>
            <td data-label={t('answered')} className="report-day">
              <div className="cell-value">
                {r.respondedOn ? dayText(r.respondedOn, language) : '—'}
                {r.response && <div className="muted small report-response">{r.response}</div>}
              </div>
            </td>
            <td data-label={t('taken')} className="report-taken">
              <span className="cell-value">
                {r.respondedOn ? r.workingDaysTaken : t('takenSoFar', { n: r.workingDaysTaken })}
                <span className="muted small"> / {r.deadlineDays}</span>
              </span>
            </td>
            <td data-label={t('state')}>
              <ReportStateChip state={r.state} />
            </td>
            <td className="report-actions">
              {mayRespond(r) && (
                <button
                  type="button"
                  className="button small"
                  aria-label={t('respondOf', { reference: r.reference })}
                  onClick={() => onRespond(r)}
                >
                  {r.respondedOn ? t('respondAgain') : t('respond')}
                </button>
              )}
              {mayCorrect(r) && (
                <button
                  type="button"
                  className="button quiet small"
                  aria-label={t('correctOf', { reference: r.reference })}
                  onClick={() => onCorrect(r)}
                >
                  {t('correct')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
