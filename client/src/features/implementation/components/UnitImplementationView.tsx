import { Link } from 'react-router-dom';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useResource } from '../../../app/useResource.ts';
import { useT } from '../../../i18n/index.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { cooperationPath } from '../../cooperations/paths.ts';
import { concerns, useCooperationEvents } from '../../meetings/useCooperationEvents.ts';
import { fetchUnitImplementation } from '../api.ts';
import { useImplementationT } from '../messages.ts';
import { CountsTable } from './CountsTable.tsx';
import { OccurrenceList } from './OccurrenceList.tsx';
import { ResponseTimesTable } from './ResponseTimesTable.tsx';
import '../implementation.css';

/**
 * One OPD's obligations across the cooperation's documents (the MoU, the master PKS and its own
 * PKS), each time one falls due with its state, and how fast it answers reports from the public.
 */
export function UnitImplementationView({
  cooperation,
  unitId,
}: {
  cooperation: Cooperation;
  unitId: string;
}) {
  const t = useImplementationT();
  const tApp = useT();
  const { data, error, reload } = useResource(`unit-implementation:${unitId}`, () =>
    fetchUnitImplementation(unitId),
  );
  useCooperationEvents(
    cooperation.id,
    (e) => (concerns(e, 'obligations') || concerns(e, 'publicReports') || concerns(e, 'units')) && reload(),
  );
  const name = data ? data.unit.shortName || data.unit.name : '';
  return (
    <section className="stack implementation-unit" aria-labelledby="unit-implementation-title">
      <p>
        <Link to={`${cooperationPath(cooperation.id)}/opd`}>← {t('unit.back')}</Link>
      </p>
      <ErrorNote error={error} onRetry={reload} />
      {!data && !error && <p className="muted">{tApp('app.loading')}</p>}
      {data && (
        <>
          <h2 id="unit-implementation-title">{t('unit.title', { unit: data.unit.name })}</h2>
          <p className="muted small">{t('unit.intro')}</p>
          {data.documents.length === 0 ? (
            <p className="empty-state">{t('unit.empty')}</p>
          ) : (
            <>
              <CountsTable
                caption={t('summary.title')}
                nameHeader={t('summary.unit')}
                rows={[{ key: data.unit.id, name, counts: data.counts }]}
              />
              {data.documents.map((d) => (
                <section key={d.id} className="stack" aria-labelledby={`unit-doc-${d.id}`}>
                  <h3 id={`unit-doc-${d.id}`}>{d.title}</h3>
                  <OccurrenceList items={d.occurrences} cooperationId={cooperation.id} label={d.title} />
                </section>
              ))}
            </>
          )}
          {data.responseTimes && <ResponseTimesTable rows={[data.responseTimes]} />}
        </>
      )}
    </section>
  );
}
