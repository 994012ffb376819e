import { formatTypedDate } from '../../../app/dates.ts';
import { useResource } from '../../../app/useResource.ts';
import { fetchMyDue } from '../api.ts';
import { useImplementationT } from '../messages.ts';
import { OccurrenceList } from './OccurrenceList.tsx';
import '../implementation.css';

/**
 * Beranda: what the signed-in person owes this week across their cooperations (as liaison, OPD
 * member or party member), overdue first; plainly says so when there is nothing.
 */
export function MyWeek() {
  const t = useImplementationT();
  const { data, error } = useResource('me:due', fetchMyDue);
  const week = data?.[0];
  return (
    <section className="my-week card" aria-labelledby="my-week-title">
      <h2 id="my-week-title">{t('week.title')}</h2>
      {error && <p className="muted">{t('week.loadFailed')}</p>}
      {data && data.length === 0 && <p className="empty-state">{t('week.empty')}</p>}
      {week && (
        <p className="muted small">
          {t('week.range', { from: formatTypedDate(week.weekFrom), to: formatTypedDate(week.weekTo) })}
        </p>
      )}
      {data && data.length > 0 && (
        <OccurrenceList
          items={data}
          cooperationId={(i) => i.cooperationId}
          label={t('week.title')}
          extra={(i) => (
            <>
              <br />
              {i.cooperationTitle} · {t(`reason.${i.reason}`)}
            </>
          )}
        />
      )}
    </section>
  );
}
