import { useParams } from 'react-router-dom';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { useResource } from '../../../app/useResource.ts';
import type { CooperationTabProps } from '../../cooperations/tabs.ts';
import { UnitImplementationView } from '../../implementation/components/UnitImplementationView.tsx';
import { concerns, useCooperationEvents } from '../../meetings/useCooperationEvents.ts';
import { listUnits } from '../api.ts';
import { useUnitsT } from '../messages.ts';
import { PartyUnits } from './PartyUnits.tsx';
import '../units.css';

/**
 * OPD: the units of each party (the city's OPD, whose heads sign a PKS each under a surat
 * kuasa), their heads, members and liaisons. Read by every member, kept by the party's owners
 * and editors.
 */
export function UnitsTab(props: CooperationTabProps) {
  const { unitId } = useParams();
  if (unitId) return <UnitImplementationView cooperation={props.cooperation} unitId={unitId} />;
  return <UnitList {...props} />;
}

/** Every party's units as cards. */
function UnitList({ cooperation, reload: reloadCooperation }: CooperationTabProps) {
  const t = useUnitsT();
  const { data, error, reload } = useResource(`units:${cooperation.id}`, () => listUnits(cooperation.id));
  useCooperationEvents(
    cooperation.id,
    (e) => (concerns(e, 'units') || concerns(e, 'members') || concerns(e, 'liaisons')) && reload(),
  );
  const parties = [...cooperation.parties].sort((a, b) => a.ordinal - b.ordinal);
  const changed = () => {
    reload();
    reloadCooperation();
  };

  return (
    <div className="stack">
      <p className="muted">{t('intro')}</p>
      <ErrorNote error={error} onRetry={error ? reload : undefined} />
      {data &&
        parties.map((party) => (
          <PartyUnits
            key={party.id}
            cooperationId={cooperation.id}
            party={party}
            units={data.units.filter((u) => u.partyId === party.id)}
            members={cooperation.members.filter((m) => m.partyId === party.id)}
            canManage={data.canManagePartyIds.includes(party.id)}
            onChanged={changed}
          />
        ))}
    </div>
  );
}
