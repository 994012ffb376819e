import { cooperationTimeZone, TIME_ZONE_IANA } from '../../../../../shared/timeZones.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useResource } from '../../../app/useResource.ts';
import { useLanguage } from '../../../i18n/index.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { concerns, useCooperationEvents } from '../../meetings/useCooperationEvents.ts';
import { fetchReminders } from '../api.ts';
import { useNotificationT } from '../messages.ts';
import { reminderOverview } from '../reminderRows.ts';
import '../notifications.css';

/**
 * The cooperation's e-mail reminders not yet out (an owner sees everyone's, a member their
 * own), so that a mail server that is down reads as a wait with its next attempt rather than
 * as silence. Read again with the Pelaksanaan tab: when what reminders are about changes.
 */
export function ReminderStatus({ cooperation }: { cooperation: Cooperation }) {
  const t = useNotificationT();
  const language = useLanguage((s) => s.language);
  const reminders = useResource(`reminders:${cooperation.id}`, () => fetchReminders(cooperation.id));
  useCooperationEvents(cooperation.id, (e) => {
    if (concerns(e, 'obligations', 'actions', 'documents')) reminders.reload();
  });
  const overview = reminders.data
    ? reminderOverview(
        reminders.data,
        cooperation.members,
        new Date(),
        language,
        TIME_ZONE_IANA[cooperationTimeZone(cooperation.settings)],
      )
    : null;
  return (
    <section className="reminder-status" aria-labelledby="reminder-status-title">
      <h3 id="reminder-status-title">{t('reminders.title')}</h3>
      <ErrorNote error={reminders.error} onRetry={reminders.reload} />
      {overview && overview.rows.length === 0 && <p className="muted">{t('reminders.empty')}</p>}
      {overview && overview.rows.length > 0 && (
        <ul className="reminder-list">
          {overview.rows.map((row) => (
            <li key={row.id} className={row.failed ? 'reminder-row failed' : 'reminder-row'}>
              <span className="reminder-about">
                {row.about} · {row.person}
              </span>
              <span className="reminder-when">
                {row.due} · <span className="reminder-state">{row.state}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {overview && overview.sentRecently > 0 && (
        <p className="muted">{t('reminders.sentRecently', { n: overview.sentRecently })}</p>
      )}
    </section>
  );
}
