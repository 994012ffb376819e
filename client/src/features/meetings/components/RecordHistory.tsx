import { useDateTime } from '../../../i18n/format.ts';
import type { Meeting } from '../api.ts';
import { useMeetingsT } from '../messages.ts';

/** The history of a meeting's minutes: each close (a version) and each reopening, in time order. */
export function RecordHistory({ meeting }: { meeting: Meeting }) {
  const t = useMeetingsT();
  const when = useDateTime();
  const events = [
    ...meeting.records.map((r) => ({
      at: r.closedAt,
      text: t('record.closedItem', { version: r.version, when: when(r.closedAt), by: r.closedBy ?? '—' }),
    })),
    ...meeting.reopenings.map((r) => ({
      at: r.at,
      text: t('record.reopenedItem', { when: when(r.at), by: r.by, reason: r.reason }),
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  if (!events.length) return null;
  return (
    <details className="record-history small">
      <summary>{t('record.history')}</summary>
      <ol>
        {events.map((e) => (
          <li key={`${e.at}-${e.text}`}>{e.text}</li>
        ))}
      </ol>
    </details>
  );
}
