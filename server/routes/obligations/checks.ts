import { outlineOf, type PMJSON } from '../../../shared/clauses.ts';
import { partyLabel } from '../../../shared/words.ts';
import type { DB } from '../../db/connection.ts';
import { findLiaison } from '../../db/repos/liaisons.ts';
import type { ObligationEdit } from '../../db/repos/obligations.ts';
import { listParties } from '../../db/repos/parties.ts';
import { getUnit } from '../../db/repos/units.ts';
import {
  obligationUnknownClause,
  obligationUnknownLiaison,
  obligationUnknownParty,
  obligationUnknownUnit,
} from '../../errors/index.ts';

/** Who an obligation binds, as a client names them. */
export type Responsible = Pick<ObligationEdit, 'partyScope' | 'partyId' | 'unitId' | 'liaisonId'>;

/**
 * Where a Pasal (and ayat) stands in the document's live text, as the agreement cites it
 * ("Pasal 4 ayat (2)"); 400 `obligation.unknown_clause` when the text holds no such place.
 */
export function clausePathIn(body: PMJSON, clauseId: string, ayatId: string | null): string {
  const clause = outlineOf(body).clauses.find((c) => c.id === clauseId);
  if (!clause) throw obligationUnknownClause();
  if (ayatId === null) return `Pasal ${clause.number}`;
  const ayat = clause.ayat.find((a) => a.id === ayatId);
  if (!ayat) throw obligationUnknownClause();
  return `Pasal ${clause.number} ayat (${ayat.number})`;
}

/**
 * The label of whom `r` binds ("PIHAK KEDUA", "PARA PIHAK"), after checking that the party, unit
 * and liaison belong to the cooperation and to each other: the unit and liaison to the obliged
 * party, the liaison to the unit when both are named. Each mismatch answers its own 400, so a
 * client can never tie an obligation to another cooperation's records.
 */
export function checkResponsible(db: DB, cooperationId: string, r: Responsible): string {
  const party =
    r.partyId === null ? null : (listParties(db, cooperationId).find((p) => p.id === r.partyId) ?? null);
  if ((r.partyScope === 'party') !== (party !== null) || (r.partyId !== null && !party))
    throw obligationUnknownParty();
  const bound = (partyId: string) => party === null || partyId === party.id;
  if (r.unitId !== null) {
    const unit = getUnit(db, r.unitId);
    if (!unit || unit.cooperationId !== cooperationId || !bound(unit.partyId)) throw obligationUnknownUnit();
  }
  if (r.liaisonId !== null) {
    const liaison = findLiaison(db, r.liaisonId);
    if (
      !liaison ||
      liaison.cooperationId !== cooperationId ||
      !bound(liaison.partyId) ||
      (r.unitId !== null && liaison.unitId !== null && liaison.unitId !== r.unitId)
    )
      throw obligationUnknownLiaison();
  }
  if (party) return partyLabel(party.ordinal);
  return r.partyScope === 'all' ? 'PARA PIHAK' : 'MASING-MASING PIHAK';
}
