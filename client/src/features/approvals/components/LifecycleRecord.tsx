import type { LifecycleEventDTO } from '../../../../../shared/api/approvals.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/index.ts';
import type { Member } from '../../cooperations/api.ts';
import { useApprovalsT } from '../messages.ts';

/** Who finalised, reopened (and why) and signed the document, newest first. */
export function LifecycleRecord({ events, members }: { events: LifecycleEventDTO[]; members: Member[] }) {
  const t = useApprovalsT();
  const language = useLanguage((s) => s.language);
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
              at: formatDateTime(e.at, language),
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
