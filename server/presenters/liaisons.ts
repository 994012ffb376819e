import type { LiaisonDTO } from '../../shared/api/liaisons.ts';
import type { Liaison } from '../db/repos/liaisons.ts';
import { iso } from '../db/repos/sql.ts';

/** A liaison as the API shows it. */
export const presentLiaison = (l: Liaison): LiaisonDTO => ({
  id: l.id,
  cooperationId: l.cooperationId,
  partyId: l.partyId,
  unit: l.unit,
  unitId: l.unitId,
  name: l.name,
  position: l.position,
  phone: l.phone,
  email: l.email,
  since: l.since,
  createdAt: iso(l.createdAt),
  updatedAt: iso(l.updatedAt),
});
