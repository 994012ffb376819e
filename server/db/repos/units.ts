import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { type Liaison, listLiaisons } from './liaisons.ts';
import { sql } from './sql.ts';

/**
 * A party's unit (OPD, unit kerja): a body of a local government that signs a PKS of its own,
 * its head under a surat kuasa from the head of the region.
 */
export interface Unit {
  id: string;
  cooperationId: string;
  partyId: string;
  name: string;
  shortName: string;
  headName: string;
  headPosition: string;
  /** 18 digits, or empty. */
  headNip: string;
  kuasaRef: string;
  address: string;
  createdAt: number;
  updatedAt: number;
}

/** The unit's columns under the record's names, so a row read is a {@link Unit} as it is. */
const UNIT = `u.id, u.cooperation_id AS cooperationId, u.party_id AS partyId, u.name,
  u.short_name AS shortName, u.head_name AS headName, u.head_position AS headPosition,
  u.head_nip AS headNip, u.kuasa_ref AS kuasaRef, u.address, u.created_at AS createdAt,
  u.updated_at AS updatedAt`;

/** Adds a unit (a new id unless one is given). */
export function insertUnit(db: DB, u: Omit<Unit, 'id'> & { id?: string }): Unit {
  const unit = { ...u, id: u.id ?? newId('u') };
  sql(
    db,
    `INSERT INTO units (id, cooperation_id, party_id, name, short_name, head_name, head_position,
                        head_nip, kuasa_ref, address, created_at, updated_at)
     VALUES (@id, @cooperationId, @partyId, @name, @shortName, @headName, @headPosition,
             @headNip, @kuasaRef, @address, @createdAt, @updatedAt)`,
  ).run(unit);
  return unit;
}

/** Writes every field of `u` but its cooperation, party and creation time. */
export function saveUnit(db: DB, u: Unit): void {
  sql(
    db,
    `UPDATE units SET name = @name, short_name = @shortName, head_name = @headName,
       head_position = @headPosition, head_nip = @headNip, kuasa_ref = @kuasaRef,
       address = @address, updated_at = @updatedAt WHERE id = @id`,
  ).run(u);
}

/** The unit `id`, or null. */
export function getUnit(db: DB, id: string): Unit | null {
  return sql<[string], Unit>(db, `SELECT ${UNIT} FROM units u WHERE u.id = ?`).get(id) ?? null;
}

/** A cooperation's units by party order, then name; only party `partyId`'s when given. */
export function listUnits(db: DB, cooperationId: string, partyId?: string): Unit[] {
  return sql<[string, string | null, string | null], Unit>(
    db,
    `SELECT ${UNIT} FROM units u JOIN parties p ON p.id = u.party_id
     WHERE u.cooperation_id = ? AND (? IS NULL OR u.party_id = ?)
     ORDER BY p.ordinal, u.name COLLATE NOCASE`,
  ).all(cooperationId, partyId ?? null, partyId ?? null);
}

/** Removes a unit; its members and liaisons stay, belonging to no unit (`ON DELETE SET NULL`). */
export function deleteUnit(db: DB, id: string): boolean {
  return sql(db, 'DELETE FROM units WHERE id = ?').run(id).changes > 0;
}

/** The members of each unit of a cooperation (user ids by unit id), by name. */
export function unitMemberIds(db: DB, cooperationId: string): Map<string, string[]> {
  const rows = sql<[string], { unitId: string; userId: string }>(
    db,
    `SELECT m.unit_id AS unitId, m.user_id AS userId FROM members m JOIN users us ON us.id = m.user_id
     WHERE m.cooperation_id = ? AND m.unit_id IS NOT NULL ORDER BY us.display_name`,
  ).all(cooperationId);
  const byUnit = new Map<string, string[]>();
  for (const r of rows) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r.userId]);
  return byUnit;
}

/** How many liaisons belong to each unit of a cooperation. */
export function unitLiaisonCounts(db: DB, cooperationId: string): Map<string, number> {
  const rows = sql<[string], { unitId: string; n: number }>(
    db,
    `SELECT unit_id AS unitId, count(*) AS n FROM liaisons
     WHERE cooperation_id = ? AND unit_id IS NOT NULL GROUP BY unit_id`,
  ).all(cooperationId);
  return new Map(rows.map((r) => [r.unitId, r.n]));
}

/** The unit a member belongs to in a cooperation (its id), or null. */
export function memberUnitId(db: DB, cooperationId: string, userId: string): string | null {
  return (
    sql<[string, string], { unitId: string | null }>(
      db,
      'SELECT unit_id AS unitId FROM members WHERE cooperation_id = ? AND user_id = ?',
    ).get(cooperationId, userId)?.unitId ?? null
  );
}

/** Puts a member in unit `unitId` (null: in none). */
export function setMemberUnit(db: DB, cooperationId: string, userId: string, unitId: string | null): void {
  sql(db, 'UPDATE members SET unit_id = ? WHERE cooperation_id = ? AND user_id = ?').run(
    unitId,
    cooperationId,
    userId,
  );
}

/** The unit each member of a cooperation belongs to (unit id by user id; members in none left out). */
export function memberUnits(db: DB, cooperationId: string): Map<string, string> {
  const rows = sql<[string], { userId: string; unitId: string }>(
    db,
    'SELECT user_id AS userId, unit_id AS unitId FROM members WHERE cooperation_id = ? AND unit_id IS NOT NULL',
  ).all(cooperationId);
  return new Map(rows.map((r) => [r.userId, r.unitId]));
}

/** The unit a liaison belongs to (its id), or null. */
export function liaisonUnitId(db: DB, liaisonId: string): string | null {
  return (
    sql<[string], { unitId: string | null }>(db, 'SELECT unit_id AS unitId FROM liaisons WHERE id = ?').get(
      liaisonId,
    )?.unitId ?? null
  );
}

/**
 * Links a liaison to unit `unit` (null: to none); with a unit, the liaison's free-text `unit`
 * takes the unit's name, so the register and the annex read the same as before.
 */
export function setLiaisonUnit(db: DB, liaisonId: string, unit: Pick<Unit, 'id' | 'name'> | null): void {
  if (unit) {
    sql(db, 'UPDATE liaisons SET unit_id = ?, unit = ? WHERE id = ?').run(unit.id, unit.name, liaisonId);
  } else {
    sql(db, 'UPDATE liaisons SET unit_id = NULL WHERE id = ?').run(liaisonId);
  }
}

/** The unit of every liaison of a cooperation (unit id by liaison id; liaisons in none left out). */
export function liaisonUnits(db: DB, cooperationId: string): Map<string, string> {
  const rows = sql<[string], { liaisonId: string; unitId: string }>(
    db,
    'SELECT id AS liaisonId, unit_id AS unitId FROM liaisons WHERE cooperation_id = ? AND unit_id IS NOT NULL',
  ).all(cooperationId);
  return new Map(rows.map((r) => [r.liaisonId, r.unitId]));
}

/** Keeps the free-text `unit` of a unit's liaisons in step with its (new) name. */
export function renameUnitLiaisons(db: DB, unitId: string, name: string): void {
  sql(db, 'UPDATE liaisons SET unit = ? WHERE unit_id = ?').run(name, unitId);
}

/** The liaisons of unit `unitId`, as the register orders them: for a variant's annex. */
export function listUnitLiaisons(db: DB, unit: Pick<Unit, 'id' | 'cooperationId'>): Liaison[] {
  const ids = new Set(
    sql<[string], { id: string }>(db, 'SELECT id FROM liaisons WHERE unit_id = ?')
      .all(unit.id)
      .map((r) => r.id),
  );
  return listLiaisons(db, unit.cooperationId).filter((l) => ids.has(l.id));
}

/**
 * The ordinal of the party whose units (OPD) sign a master's variants: the first party of the
 * cooperation with a unit, else the second (a PKS's PIHAK KEDUA is the local government).
 */
export function unitPartyOrdinal(db: DB, cooperationId: string): number {
  const row = sql<[string], { ordinal: number }>(
    db,
    `SELECT p.ordinal FROM units u JOIN parties p ON p.id = u.party_id
     WHERE u.cooperation_id = ? ORDER BY p.ordinal LIMIT 1`,
  ).get(cooperationId);
  return row?.ordinal ?? 2;
}
