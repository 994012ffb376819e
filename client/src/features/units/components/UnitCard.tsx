import { Link } from 'react-router-dom';
import type { Member } from '../../cooperations/api.ts';
import { useImplementationT } from '../../implementation/messages.ts';
import { unitImplementationPath } from '../../implementation/paths.ts';
import type { Unit } from '../api.ts';
import { useUnitsT } from '../messages.ts';
import { UnitMembers } from './UnitMembers.tsx';

/** NIP 18 digits in its printed groups: birth date, appointment month, sex, serial number. */
const nipText = (nip: string) =>
  /^\d{18}$/.test(nip) ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;

/** One unit: its name, head, power of attorney, address, liaisons and members. */
export function UnitCard({
  unit,
  members,
  canManage,
  onEdit,
  onRemove,
  onChanged,
}: {
  unit: Unit;
  members: Member[];
  canManage: boolean;
  onEdit: () => void;
  onRemove: () => void;
  onChanged: () => void;
}) {
  const t = useUnitsT();
  const ti = useImplementationT();
  return (
    <article className="card unit-card" aria-labelledby={`unit-${unit.id}`}>
      <header className="unit-card-head">
        <h3 id={`unit-${unit.id}`} className="unit-name">
          {unit.name}
          {unit.shortName && unit.shortName !== unit.name && (
            <span className="muted"> ({unit.shortName})</span>
          )}
        </h3>
        <span className="muted small">{t('liaisons', { count: unit.liaisonCount })}</span>
        <Link
          className="small"
          to={unitImplementationPath(unit.cooperationId, unit.id)}
          aria-label={ti('unit.linkOf', { unit: unit.name })}
        >
          {ti('unit.link')}
        </Link>
      </header>
      <dl className="unit-facts">
        {(unit.headName || unit.headPosition || unit.headNip) && (
          <>
            <dt>{t('head')}</dt>
            <dd>
              {unit.headName && <strong>{unit.headName}</strong>}
              {unit.headPosition && <div className="small">{unit.headPosition}</div>}
              {unit.headNip && <div className="small mono">NIP {nipText(unit.headNip)}</div>}
            </dd>
          </>
        )}
        {unit.kuasaRef && (
          <>
            <dt>{t('kuasa')}</dt>
            <dd className="small">{unit.kuasaRef}</dd>
          </>
        )}
        {unit.address && (
          <>
            <dt>{t('address')}</dt>
            <dd className="small">{unit.address}</dd>
          </>
        )}
      </dl>
      <UnitMembers unit={unit} members={members} canManage={canManage} onChanged={onChanged} />
      {canManage && (
        <div className="row-actions unit-actions">
          <button
            type="button"
            className="button quiet"
            aria-label={t('editOf', { unit: unit.name })}
            onClick={onEdit}
          >
            {t('edit')}
          </button>
          <button
            type="button"
            className="button quiet danger"
            aria-label={t('removeOf', { unit: unit.name })}
            onClick={onRemove}
          >
            {t('remove')}
          </button>
        </div>
      )}
    </article>
  );
}
