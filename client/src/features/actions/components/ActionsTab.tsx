import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ACTION_STATES, type ActionState } from '../../../../../shared/api/actions.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useLanguage } from '../../../i18n/index.ts';
import { useSession } from '../../auth/store.ts';
import { PartyChip } from '../../cooperations/components/PartyChip.tsx';
import { PartySelect } from '../../cooperations/components/PartySelect.tsx';
import type { CooperationTabProps } from '../../cooperations/tabs.ts';
import { meetingRoomPath } from '../../meetings/api.ts';
import { dayText } from '../../meetings/components/when.ts';
import { useMeetingsT } from '../../meetings/messages.ts';
import { type Action, type ActionFilter, updateAction } from '../api.ts';
import { useActions } from '../useActions.ts';
import { AddActionForm } from './AddActionForm.tsx';
import '../../meetings/meetings.css';
import { Field } from '../../../app/Field.tsx';

/**
 * Tindak lanjut: the cooperation's follow-ups by due date, overdue ones marked; filter by
 * party, state and "mine". Editors add them; the person in charge reports progress.
 */
export function ActionsTab({ cooperation }: CooperationTabProps) {
  const t = useMeetingsT();
  const language = useLanguage((s) => s.language);
  const me = useSession((s) => s.user);
  const [filter, setFilter] = useState<ActionFilter>({});
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const { data, error: loadError, reload } = useActions(cooperation.id, filter);
  const { canManageActions: isEditor, canReportOwnActions } = cooperation.permissions;
  const canChange = (a: Action) => isEditor || (canReportOwnActions && a.personInCharge.userId === me?.id);

  const changeState = async (a: Action, state: ActionState) => {
    setError(null);
    try {
      await updateAction(a.id, { state });
      showToast(t('actions.changed'));
      reload();
    } catch (e) {
      setError(e as ApiError);
    }
  };

  return (
    <section className="stack">
      <div className="filters">
        <PartySelect
          label={t('points.filter.party')}
          parties={cooperation.parties}
          value={filter.partyId ?? ''}
          onChange={(partyId) => setFilter((f) => ({ ...f, partyId: partyId || undefined }))}
          anyLabel={t('points.filter.all')}
        />
        <Field label={t('actions.state')}>
          <select
            className="input"
            value={filter.state ?? ''}
            onChange={(e) => setFilter((f) => ({ ...f, state: e.target.value || undefined }))}
          >
            <option value="">{t('points.filter.all')}</option>
            {ACTION_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`actionState.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <label className="inline-check">
          <input
            type="checkbox"
            checked={Boolean(filter.mine)}
            onChange={(e) => setFilter((f) => ({ ...f, mine: e.target.checked || undefined }))}
          />
          {t('actions.mine')}
        </label>
        {isEditor && (
          <button type="button" className="button primary" onClick={() => setAdding((v) => !v)}>
            {t('actions.new')}
          </button>
        )}
      </div>
      {adding && <AddActionForm cooperation={cooperation} onAdded={reload} />}
      <ErrorNote error={loadError ?? error} onRetry={loadError ? reload : undefined} />
      {data && data.length === 0 && <p className="empty-state">{t('actions.empty')}</p>}
      {data && data.length > 0 && (
        <table className="table actions-table">
          <thead>
            <tr>
              <th scope="col">{t('actions.text')}</th>
              <th scope="col">{t('actions.pic')}</th>
              <th scope="col">{t('actions.due')}</th>
              <th scope="col">{t('actions.state')}</th>
              <th scope="col">{t('actions.origin')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((a) => {
              const party = cooperation.parties.find((p) => p.id === a.partyId);
              return (
                <tr key={a.id}>
                  <td>{a.text}</td>
                  <td>
                    <div>{a.personInCharge.name}</div>
                    <div className="muted small">
                      {party && <PartyChip party={party} />} {a.unit}
                    </div>
                  </td>
                  <td>
                    {dayText(a.dueDate, language)}
                    {a.overdue && <span className="badge overdue">{t('actions.overdue')}</span>}
                  </td>
                  <td>
                    {canChange(a) ? (
                      <select
                        className="input compact"
                        aria-label={t('actions.state')}
                        value={a.state}
                        onChange={(e) => changeState(a, e.target.value as ActionState)}
                      >
                        {ACTION_STATES.map((s) => (
                          <option key={s} value={s}>
                            {t(`actionState.${s}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`actionState.${a.state}`)
                    )}
                  </td>
                  <td>
                    {a.origin.meetingId && (
                      <Link to={meetingRoomPath(cooperation.id, a.origin.meetingId)}>
                        {t('points.filter.meeting')}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
