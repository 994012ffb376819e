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
import { liaisonNotFound, required } from '../../errors/index.ts';
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
  const now = actor.at ?? Date.now();
  return insertLiaison(db, {
    cooperationId: actor.cooperationId,
    partyId: input.partyId,
    unit: input.unit ?? '',
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
      return [
        insertLiaison(db, {
          ...fields,
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
  saveLiaison(db, next);
  return next;
}

/** Removes a liaison; follow-ups they were in charge of keep the name. */
export function removeLiaison(db: DB, liaisonId: string): void {
  if (!deleteLiaison(db, liaisonId)) throw liaisonNotFound();
}
