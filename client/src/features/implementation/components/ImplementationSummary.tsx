import { Link } from 'react-router-dom';
import { formatTypedDate } from '../../../app/dates.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useResource } from '../../../app/useResource.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { concerns, useCooperationEvents } from '../../meetings/useCooperationEvents.ts';
import { fetchCooperationImplementation } from '../api.ts';
import { useImplementationT } from '../messages.ts';
import { unitImplementationPath } from '../paths.ts';
import { CountsTable } from './CountsTable.tsx';
import { OccurrenceList } from './OccurrenceList.tsx';
import { ResponseTimesTable } from './ResponseTimesTable.tsx';
import '../implementation.css';

/**
 * The top of the Pelaksanaan tab: how the cooperation's confirmed obligations stand, each time
 * one falls due counted by state per party and per OPD, what needs acting on, and how fast each
 * OPD answers reports from the public against the agreement's commitment. Read again when an
 * obligation, a report on one or a public report changes.
 */
export function ImplementationSummary({ cooperation }: { cooperation: Cooperation }) {
  const t = useImplementationT();
  const { data, error, reload } = useResource(`implementation:${cooperation.id}`, () =>
    fetchCooperationImplementation(cooperation.id),
  );
  useCooperationEvents(
    cooperation.id,
    (e) => (concerns(e, 'obligations') || concerns(e, 'publicReports') || concerns(e, 'units')) && reload(),
  );
  if (!data) return <ErrorNote error={error} onRetry={reload} />;
  const occurrences = Object.values(data.counts).reduce((a, b) => a + b, 0);
  return (
    <section className="implementation-summary stack" aria-labelledby="implementation-summary-title">
      <h2 id="implementation-summary-title">{t('summary.title')}</h2>
      <ErrorNote error={error} onRetry={reload} />
      {data.obligations === 0 ? (
        <p className="empty-state">{t('summary.none')}</p>
      ) : (
        <>
          <p className="muted small">
            {t('summary.total', { obligations: data.obligations, occurrences })}{' '}
            {t('summary.period', {
              to: formatTypedDate(data.to),
              today: formatTypedDate(data.today),
              zone: data.timeZone,
            })}
          </p>
          <div className="counts-tables">
            <CountsTable
              caption={t('summary.byParty')}
              nameHeader={t('summary.party')}
              rows={data.byParty.map((p) => ({
                key: p.partyId,
                name: (
                  <span className="party-name">
                    <span className="party-swatch" style={{ background: p.color }} aria-hidden="true" />
                    {p.shortName || p.name}
                  </span>
                ),
                counts: p.counts,
              }))}
            />
            {data.byUnit.length > 0 && (
              <CountsTable
                caption={t('summary.byUnit')}
                nameHeader={t('summary.unit')}
                rows={data.byUnit.map((u) => ({
                  key: u.unitId ?? 'none',
                  name: u.unitId ? (
                    <Link
                      to={unitImplementationPath(cooperation.id, u.unitId)}
                      aria-label={t('summary.openUnit', { unit: u.shortName || u.name })}
                    >
                      {u.shortName || u.name}
                    </Link>
                  ) : (
                    t('summary.noUnit')
                  ),
                  counts: u.counts,
                }))}
              />
            )}
          </div>
          <h3>{t('attention.title')}</h3>
          {data.attention.length === 0 ? (
            <p className="muted">{t('attention.empty')}</p>
          ) : (
            <OccurrenceList
              items={data.attention}
              cooperationId={cooperation.id}
              label={t('attention.title')}
            />
          )}
        </>
      )}
      {data.responseTimes.length > 0 ? (
        <ResponseTimesTable rows={data.responseTimes} />
      ) : (
        data.obligations > 0 && <p className="muted small">{t('times.empty')}</p>
      )}
    </section>
  );
}
