import type { ObligationFacts } from '../../../shared/policies.ts';
import type { DB } from '../../db/connection.ts';
import type { Obligation } from '../../db/repos/obligations.ts';
import { getUnit } from '../../db/repos/units.ts';

/** An obligation as the reporting rule reads it: whom it binds, and its unit's party. */
export function obligationFacts(db: DB, o: Obligation): ObligationFacts {
  const unit = o.unitId ? getUnit(db, o.unitId) : null;
  return {
    partyScope: o.partyScope,
    partyId: o.partyId,
    unitId: unit?.id ?? null,
    unitPartyId: unit?.partyId ?? null,
  };
}
