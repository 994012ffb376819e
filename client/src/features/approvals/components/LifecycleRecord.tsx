import type { LifecycleEventDTO } from '../../../../../shared/api/approvals.ts';
import { useDateTime } from '../../../i18n/format.ts';

import type { Member } from '../../cooperations/api.ts';
import { useApprovalsT } from '../messages.ts';

/** Who finalised, reopened (and why) and signed the document, newest first. */
export function LifecycleRecord({ events, members }: { events: LifecycleEventDTO[]; members: Member[] }) {
  const t = useApprovalsT();
  const dateTime = useDateTime();
  if (events.length === 0) return null;
  const nameOf = (userId: string) => members.find((m) => m.userId === userId)?.displayName ?? userId;
  return (
    <details className="lifecycle-record">
      <summary className="small">{t('history')}</summary>
      <ol className="small">
        {[...events].reverse().map((e) => (
          <li key={`${e.action}-${e.at}`}>
            {t(`event.${e.action}`, {
              name: nameOf(e.userId),
              at: dateTime(e.at),
              reason: e.reason ?? '',
              place: e.signedPlace ?? '',
              date: e.signedDate ?? '',
            })}
          </li>
        ))}
      </ol>
    </details>
  );
}
