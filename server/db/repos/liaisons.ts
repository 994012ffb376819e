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
  name: string;
  position: string;
  phone: string;
  email: string;
  since: string | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

interface LiaisonRow {
  id: string;
  cooperation_id: string;
  party_id: string;
  unit: string;
  name: string;
  position: string;
  phone: string;
  email: string;
  since: string | null;
  created_by: string;
  created_at: number;
  updated_at: number;
}

const toLiaison = (r: LiaisonRow): Liaison => ({
  id: r.id,
  cooperationId: r.cooperation_id,
  partyId: r.party_id,
  unit: r.unit,
  name: r.name,
  position: r.position,
  phone: r.phone,
  email: r.email,
  since: r.since,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (l: Liaison): LiaisonRow => ({
  id: l.id,
  cooperation_id: l.cooperationId,
  party_id: l.partyId,
  unit: l.unit,
  name: l.name,
  position: l.position,
  phone: l.phone,
  email: l.email,
  since: l.since,
  created_by: l.createdBy,
  created_at: l.createdAt,
  updated_at: l.updatedAt,
});

export function insertLiaison(db: DB, l: Omit<Liaison, 'id'> & { id?: string }): Liaison {
  const liaison = { ...l, id: l.id ?? newId('l') };
  sql(
    db,
    `INSERT INTO liaisons (id, cooperation_id, party_id, unit, name, position, phone, email, since,
                           created_by, created_at, updated_at)
     VALUES (@id, @cooperation_id, @party_id, @unit, @name, @position, @phone, @email, @since,
             @created_by, @created_at, @updated_at)`,
  ).run(toRow(liaison));
  return liaison;
}

export function saveLiaison(db: DB, l: Liaison): void {
  sql(
    db,
    `UPDATE liaisons SET party_id = @party_id, unit = @unit, name = @name, position = @position,
       phone = @phone, email = @email, since = @since, updated_at = @updated_at WHERE id = @id`,
  ).run(toRow(l));
}

export function findLiaison(db: DB, id: string): Liaison | null {
  const r = sql<[string], LiaisonRow>(db, 'SELECT * FROM liaisons WHERE id = ?').get(id);
  return r ? toLiaison(r) : null;
}

/** The register: by party order, then unit, then name. */
export function listLiaisons(db: DB, cooperationId: string, partyId?: string): Liaison[] {
  return sql<[string, string | null, string | null], LiaisonRow>(
    db,
    `SELECT l.* FROM liaisons l JOIN parties p ON p.id = l.party_id
     WHERE l.cooperation_id = ? AND (? IS NULL OR l.party_id = ?)
     ORDER BY p.ordinal, l.unit COLLATE NOCASE, l.name COLLATE NOCASE`,
  )
    .all(cooperationId, partyId ?? null, partyId ?? null)
    .map(toLiaison);
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
