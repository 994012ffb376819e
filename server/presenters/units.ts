import type { UnitDTO } from '../../shared/api/units.ts';
import type { DB } from '../db/connection.ts';
import { iso } from '../db/repos/sql.ts';
import { type Unit, unitLiaisonCounts, unitMemberIds } from '../db/repos/units.ts';

/** A unit as the API shows it, with its members (user ids) and how many liaisons it has. */
export const presentUnit = (u: Unit, memberIds: string[], liaisonCount: number): UnitDTO => ({
  id: u.id,
  cooperationId: u.cooperationId,
  partyId: u.partyId,
  name: u.name,
  shortName: u.shortName,
  headName: u.headName,
  headPosition: u.headPosition,
  headNip: u.headNip,
  kuasaRef: u.kuasaRef,
  address: u.address,
  memberIds,
  liaisonCount,
  createdAt: iso(u.createdAt),
  updatedAt: iso(u.updatedAt),
});

/** Units of one cooperation as the API shows them, their members and liaisons read in two queries. */
export function presentUnits(db: DB, cooperationId: string, units: Unit[]): UnitDTO[] {
  if (units.length === 0) return [];
  const members = unitMemberIds(db, cooperationId);
  const liaisons = unitLiaisonCounts(db, cooperationId);
  return units.map((u) => presentUnit(u, members.get(u.id) ?? [], liaisons.get(u.id) ?? 0));
}
