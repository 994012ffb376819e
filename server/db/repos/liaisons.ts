import { type PrintedLiaison, printedLiaison } from '../../../shared/api/liaisons.ts';
import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/** A liaison (penghubung / PIC) of a party or one of its units (OPD). */
export interface Liaison {
  id: string;
  cooperationId: string;
  partyId: string;
  unit: string;
  /** The party's unit (`units`) the liaison belongs to; `unit` then holds that unit's name. */
  unitId: string | null;
  name: string;
  position: string;
  phone: string;
  email: string;
  since: string | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

/** The liaison's columns under the record's names, so a row read is a {@link Liaison} as it is. */
const LIAISON = `l.id, l.cooperation_id AS cooperationId, l.party_id AS partyId, l.unit, l.unit_id AS unitId, l.name, l.position,
  l.phone, l.email, l.since, l.created_by AS createdBy, l.created_at AS createdAt, l.updated_at AS updatedAt`;

export function insertLiaison(
  db: DB,
  l: Omit<Liaison, 'id' | 'unitId'> & { id?: string; unitId?: string | null },
): Liaison {
  const liaison = { ...l, unitId: l.unitId ?? null, id: l.id ?? newId('l') };
  sql(
    db,
    `INSERT INTO liaisons (id, cooperation_id, party_id, unit, unit_id, name, position, phone, email,
                           since, created_by, created_at, updated_at)
     VALUES (@id, @cooperationId, @partyId, @unit, @unitId, @name, @position, @phone, @email,
             @since, @createdBy, @createdAt, @updatedAt)`,
  ).run(liaison);
  return liaison;
}

export function saveLiaison(db: DB, l: Liaison): void {
  sql(
    db,
    `UPDATE liaisons SET party_id = @partyId, unit = @unit, unit_id = @unitId, name = @name, position = @position,
       phone = @phone, email = @email, since = @since, updated_at = @updatedAt WHERE id = @id`,
  ).run(l);
}

export function findLiaison(db: DB, id: string): Liaison | null {
  return sql<[string], Liaison>(db, `SELECT ${LIAISON} FROM liaisons l WHERE l.id = ?`).get(id) ?? null;
}

/** The register: by party order, then unit, then name. */
export function listLiaisons(db: DB, cooperationId: string, partyId?: string): Liaison[] {
  return sql<[string, string | null, string | null], Liaison>(
    db,
    `SELECT ${LIAISON} FROM liaisons l JOIN parties p ON p.id = l.party_id
     WHERE l.cooperation_id = ? AND (? IS NULL OR l.party_id = ?)
     ORDER BY p.ordinal, l.unit COLLATE NOCASE, l.name COLLATE NOCASE`,
  ).all(cooperationId, partyId ?? null, partyId ?? null);
}

export function deleteLiaison(db: DB, id: string): boolean {
  return sql(db, 'DELETE FROM liaisons WHERE id = ?').run(id).changes > 0;
}

/**
 * The register as the agreement export's annex "DAFTAR PENGHUBUNG" takes it (`ExportLiaison`):
 * pass it as `liaisons` to `agreementInput` so a PKS carries its liaisons.
 */
export function liaisonsForExport(db: DB, cooperationId: string): PrintedLiaison[] {
  return listLiaisons(db, cooperationId).map(printedLiaison);
}
