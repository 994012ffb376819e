import { useState } from 'react';
import type { Unit } from '../../units/api.ts';
import type { Member } from '../api.ts';
import { useMemberUnitT } from '../memberUnitMessages.ts';

/**
 * A member's unit (OPD) in the members table: a choice among the units of their party ("—" for
 * none) for whoever may place them (`canManage`), else the unit's name. `onChange` saves and
 * answers whether it was accepted; the unit chosen shows at once and falls back when refused.
 */
export function MemberUnitCell({
  member,
  units,
  canManage,
  onChange,
}: {
  member: Member;
  /** The units of the member's party. */
  units: Unit[];
  canManage: boolean;
  onChange: (unitId: string | null) => Promise<boolean>;
}) {
  const t = useMemberUnitT();
  // What is being saved, and the unit it replaces: once the list brings another unit, it is shown.
  const [saving, setSaving] = useState<{ unitId: string | null; from: string | null } | null>(null);
  const shown = saving && saving.from === member.unitId ? saving.unitId : member.unitId;
  const unit = units.find((u) => u.id === shown);
  if (!canManage) return <>{unit ? unit.shortName || unit.name : t('none')}</>;
  return (
    <select
      className="input compact"
      aria-label={t('unitOf', { name: member.displayName })}
      value={shown ?? ''}
      onChange={(e) => {
        const unitId = e.target.value || null;
        setSaving({ unitId, from: member.unitId });
        onChange(unitId).then((ok) => {
          if (!ok) setSaving(null);
        });
      }}
    >
      <option value="">{t('none')}</option>
      {units.map((u) => (
        <option key={u.id} value={u.id} title={u.name}>
          {u.shortName || u.name}
        </option>
      ))}
    </select>
  );
}
