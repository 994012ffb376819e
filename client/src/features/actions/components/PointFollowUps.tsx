import { useLanguage } from '../../../i18n/index.ts';
import { dayText } from '../../meetings/components/when.ts';
import { useMeetingsT } from '../../meetings/messages.ts';
import type { Action } from '../api.ts';

/** The follow-ups recorded from one discussion point: what, who is in charge, by when. */
export function PointFollowUps({ actions }: { actions: Action[] }) {
  const t = useMeetingsT();
  const language = useLanguage((s) => s.language);
  return (
    <ul className="point-actions" aria-label={t('actions.ofPoint')}>
      {actions.map((a) => (
        <li key={a.id} data-action={a.id}>
          <strong>{a.text}</strong>
          <span className="muted">
            {' '}
            — {a.personInCharge.name}
            {a.dueDate && ` · ${dayText(a.dueDate, language)}`}
          </span>
          {a.overdue && <span className="badge overdue">{t('actions.overdue')}</span>}
        </li>
      ))}
    </ul>
  );
}
