import { useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import type { Member, Party } from '../../cooperations/api.ts';
import { PartyChip } from '../../cooperations/components/PartyChip.tsx';
import { adoptUnits, removeUnit, type Unit } from '../api.ts';
import { useUnitsT } from '../messages.ts';
import { UnitCard } from './UnitCard.tsx';
import { UnitForm } from './UnitForm.tsx';
import { UnitPaste } from './UnitPaste.tsx';

/**
 * The OPD section of one party: its units as cards; whoever manages them adds one, pastes many,
 * takes them from the liaisons register, edits and deletes (after a confirmation).
 */
export function PartyUnits({
  cooperationId,
  party,
  units,
  members,
  canManage,
  onChanged,
}: {
  cooperationId: string;
  party: Party;
  units: Unit[];
  members: Member[];
  canManage: boolean;
  onChanged: () => void;
}) {
  const t = useUnitsT();
  const [mode, setMode] = useState<'none' | 'add' | 'paste'>('none');
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const toggle = (next: 'add' | 'paste') => setMode(mode === next ? 'none' : next);
  const done = () => {
    setMode('none');
    setEditing(null);
    onChanged();
  };
  const act = async (run: () => Promise<string>) => {
    setError(null);
    try {
      showToast(await run());
      onChanged();
    } catch (e) {
      setError(e as ApiError);
    }
  };
  const adopt = () =>
    act(async () => {
      const r = await adoptUnits(cooperationId, party.id);
      return t('adopted', { count: r.units.length, linked: r.linkedLiaisons });
    });
  const remove = (unit: Unit) => {
    if (!window.confirm(t('removeConfirm', { unit: unit.name }))) return;
    act(async () => {
      await removeUnit(unit.id);
      return t('removed');
    });
  };

  const headingId = `units-of-${party.id}`;
  return (
    <section className="stack unit-party" aria-labelledby={headingId}>
      <div className="unit-party-head">
        <h2 id={headingId} className="section-label">
          <PartyChip party={party} /> {party.name}
        </h2>
        {canManage && (
          <div className="section-actions">
            <button type="button" className="button" onClick={adopt}>
              {t('adopt')}
            </button>
            <button
              type="button"
              className="button"
              aria-expanded={mode === 'paste'}
              onClick={() => toggle('paste')}
            >
              {t('paste')}
            </button>
            <button
              type="button"
              className="button primary"
              aria-expanded={mode === 'add'}
              onClick={() => toggle('add')}
            >
              {t('add')}
            </button>
          </div>
        )}
      </div>
      {mode === 'add' && <UnitForm cooperationId={cooperationId} partyId={party.id} onDone={done} />}
      {mode === 'paste' && (
        <UnitPaste cooperationId={cooperationId} partyId={party.id} onImported={onChanged} />
      )}
      <ErrorNote error={error} />
      {units.length === 0 && <p className="empty-state">{t('empty')}</p>}
      <div className="unit-grid">
        {units.map((unit) =>
          editing === unit.id ? (
            <UnitForm
              key={unit.id}
              cooperationId={cooperationId}
              partyId={party.id}
              unit={unit}
              onDone={done}
            />
          ) : (
            <UnitCard
              key={unit.id}
              unit={unit}
              members={members}
              canManage={canManage}
              onEdit={() => setEditing(unit.id)}
              onRemove={() => remove(unit)}
              onChanged={onChanged}
            />
          ),
        )}
      </div>
    </section>
  );
}
