import type { CreateLiaisonBody, LiaisonRowError, UpdateLiaisonBody } from '../../../shared/api/liaisons.ts';
import type { DB } from '../../db/connection.ts';
import {
  deleteLiaison,
  findLiaison,
  insertLiaison,
  type Liaison,
  listLiaisons,
  saveLiaison,
} from '../../db/repos/liaisons.ts';
import { listParties } from '../../db/repos/parties.ts';
import { listUnits } from '../../db/repos/units.ts';
import { liaisonNotFound, required } from '../../errors/index.ts';
import { unitNamed, unitOfParty } from '../units/units.ts';
import { partyOf } from './checks.ts';
import { parseLiaisonTable } from './liaisonTable.ts';

type Actor = { cooperationId: string; userId: string; at?: number };

const key = (l: { partyId: string; unit: string; name: string }) =>
  [l.partyId, l.unit.toLowerCase(), l.name.toLowerCase()].join('\u0000');

/** Registers one liaison of a party (and unit). */
export function addLiaison(db: DB, actor: Actor, input: CreateLiaisonBody): Liaison {
  if (!input.partyId) throw required('partyId');
  if (!input.name) throw required('name');
  partyOf(db, actor.cooperationId, input.partyId);
  const unit = input.unitId ? unitOfParty(db, actor.cooperationId, input.partyId, input.unitId) : null;
  const now = actor.at ?? Date.now();
  return insertLiaison(db, {
    cooperationId: actor.cooperationId,
    partyId: input.partyId,
    unit: unit?.name ?? input.unit ?? '',
    unitId: unit?.id ?? null,
    name: input.name,
    position: input.position ?? '',
    phone: input.phone ?? '',
    email: input.email ?? '',
    since: input.since ?? null,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * Registers the liaisons of a table pasted from a spreadsheet. Rows that cannot be read, or
 * that are already registered (same party, unit and name), are reported and skipped, so
 * pasting the same table twice adds nothing the second time.
 */
export function importLiaisons(
  db: DB,
  actor: Actor,
  table: string,
  defaultPartyId?: string,
): { liaisons: Liaison[]; errors: LiaisonRowError[] } {
  if (defaultPartyId) partyOf(db, actor.cooperationId, defaultPartyId);
  const parties = listParties(db, actor.cooperationId);
  const { rows, errors } = parseLiaisonTable(table, { parties, defaultPartyId });
  const known = new Set(listLiaisons(db, actor.cooperationId).map(key));
  const units = listUnits(db, actor.cooperationId);
  const now = actor.at ?? Date.now();
  const created = db.transaction(() =>
    rows.flatMap((r) => {
      if (known.has(key(r))) {
        errors.push({
          row: r.row,
          id: 'liaison.row_duplicate',
          field: 'name',
          message: `Baris ${r.row}: ${r.name} sudah terdaftar sebagai penghubung ${r.unit || 'pihak ini'}.`,
          messageEn: `Row ${r.row}: ${r.name} is already registered as liaison of ${r.unit || 'this party'}.`,
        });
        return [];
      }
      known.add(key(r));
      const { row: _row, ...fields } = r;
      // A row naming one of the party's units joins it, and reads its name.
      const unit = unitNamed(units, r.partyId, r.unit);
      return [
        insertLiaison(db, {
          ...fields,
          unit: unit?.name ?? fields.unit,
          unitId: unit?.id ?? null,
          cooperationId: actor.cooperationId,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        }),
      ];
    }),
  )();
  errors.sort((a, b) => a.row - b.row);
  return { liaisons: created, errors };
}

export function changeLiaison(db: DB, liaisonId: string, patch: UpdateLiaisonBody): Liaison {
  const current = findLiaison(db, liaisonId);
  if (!current) throw liaisonNotFound();
  if (patch.partyId) partyOf(db, current.cooperationId, patch.partyId);
  const next: Liaison = { ...current, updatedAt: Date.now() };
  for (const k of ['partyId', 'name', 'unit', 'position', 'phone', 'email'] as const) {
    if (patch[k] !== undefined) next[k] = patch[k];
  }
  if (patch.since !== undefined) next.since = patch.since;
  linkUnit(db, current, next, patch);
  saveLiaison(db, next);
  return next;
}

/**
 * Keeps `next`'s unit in step with the patch: a given unit (of the liaison's party) sets
 * `unitId` and the text to its name; text that no longer reads the unit's name, or a new party,
 * leaves the unit.
 */
function linkUnit(db: DB, current: Liaison, next: Liaison, patch: UpdateLiaisonBody): void {
  if (patch.unitId) {
    const unit = unitOfParty(db, current.cooperationId, next.partyId, patch.unitId);
    next.unitId = unit.id;
    next.unit = unit.name;
  } else if (
    patch.unitId === null ||
    next.partyId !== current.partyId ||
    (patch.unit !== undefined && patch.unit !== current.unit)
  ) {
    next.unitId = null;
  }
}

/** Removes a liaison; follow-ups they were in charge of keep the name. */
export function removeLiaison(db: DB, liaisonId: string): void {
  if (!deleteLiaison(db, liaisonId)) throw liaisonNotFound();
}
