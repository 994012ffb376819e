import { useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import type { Member } from '../../cooperations/api.ts';
import { setMemberUnit, type Unit } from '../api.ts';
import { useUnitsT } from '../messages.ts';

/**
 * The members of a unit, and (for whoever manages the party's units) a choice of the party's
 * other members to add and a button to take each one out.
 */
export function UnitMembers({
  unit,
  members,
  canManage,
  onChanged,
}: {
  unit: Unit;
  /** The members of the unit's party. */
  members: Member[];
  canManage: boolean;
  onChanged: () => void;
}) {
  const t = useUnitsT();
  const [error, setError] = useState<ApiError | null>(null);
  const inUnit = members.filter((m) => m.unitId === unit.id);
  const others = members.filter((m) => m.unitId !== unit.id);

  const place = async (member: Member, unitId: string | null) => {
    setError(null);
    try {
      await setMemberUnit(unit.cooperationId, member.userId, unitId);
      const words = { name: member.displayName, unit: unit.shortName || unit.name };
      showToast(t(unitId ? 'memberPlaced' : 'memberRemoved', words));
      onChanged();
    } catch (e) {
      setError(e as ApiError);
    }
  };

  return (
    <div className="unit-members">
      <h4 className="unit-label">{t('members')}</h4>
      {inUnit.length === 0 && <p className="muted small">{t('noMembers')}</p>}
      <ul className="unit-member-list">
        {inUnit.map((m) => (
          <li key={m.userId}>
            <span>{m.displayName}</span>
            {canManage && (
              <button
                type="button"
                className="button quiet small"
                aria-label={t('removeMember', { name: m.displayName, unit: unit.name })}
                onClick={() => place(m, null)}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {canManage && others.length > 0 && (
        <select
          className="input"
          aria-label={t('addMember', { unit: unit.name })}
          value=""
          onChange={(e) => {
            const member = others.find((m) => m.userId === e.target.value);
            if (member) place(member, unit.id);
          }}
        >
          <option value="">{t('chooseMember')}</option>
          {others.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.displayName}
            </option>
          ))}
        </select>
      )}
      <ErrorNote error={error} />
    </div>
  );
}
