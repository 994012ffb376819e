import type { DocumentStatus } from '../../../shared/api/cooperations.ts';
import type { DocumentTier, OverrideFlag } from '../../../shared/api/variants.ts';
import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/** A document's place in the two tiers. */
export interface TierRecord {
  tier: DocumentTier;
  masterId: string | null;
  unitId: string | null;
}

/** The tier of document `id`, or null when there is none. */
export function findTier(db: DB, id: string): TierRecord | null {
  return (
    sql<[string], TierRecord>(
      db,
      'SELECT tier, master_id AS masterId, unit_id AS unitId FROM documents WHERE id = ?',
    ).get(id) ?? null
  );
}

/** Makes document `id` a master PKS. */
export function setMaster(db: DB, id: string): void {
  sql(db, "UPDATE documents SET tier = 'master', master_id = NULL, unit_id = NULL WHERE id = ?").run(id);
}

/** Makes document `id` a variant of `masterId` for unit `unitId`. */
export function setVariant(db: DB, id: string, masterId: string, unitId: string): void {
  sql(db, "UPDATE documents SET tier = 'variant', master_id = ?, unit_id = ? WHERE id = ?").run(
    masterId,
    unitId,
    id,
  );
}

/**
 * The unit of every variant among the documents `ids`, by document id, in one query; a
 * document that is no variant (or whose unit was deleted) is absent.
 */
export function variantUnitIds(db: DB, ids: readonly string[]): Map<string, string> {
  const rows = sql<[string], { id: string; unitId: string }>(
    db,
    `SELECT d.id, d.unit_id AS unitId FROM documents d JOIN json_each(?) j ON j.value = d.id
     WHERE d.tier = 'variant' AND d.unit_id IS NOT NULL`,
  ).all(JSON.stringify(ids));
  return new Map(rows.map((r) => [r.id, r.unitId]));
}

/** A variant as the engine and the board read it. */
export interface VariantRecord {
  id: string;
  cooperationId: string;
  title: string;
  status: DocumentStatus;
  unitId: string | null;
  updatedAt: number;
}

/** The variants of master `masterId`, by their unit's name. */
export function listVariants(db: DB, masterId: string): VariantRecord[] {
  return sql<[string], VariantRecord>(
    db,
    `SELECT d.id, d.cooperation_id AS cooperationId, d.title, d.status, d.unit_id AS unitId,
            d.updated_at AS updatedAt
     FROM documents d LEFT JOIN units u ON u.id = d.unit_id
     WHERE d.master_id = ? AND d.tier = 'variant'
     ORDER BY u.name COLLATE NOCASE, d.created_at, d.id`,
  ).all(masterId);
}

/** What a variant last took of one master clause: the base of the three-way merge. */
export interface ClauseBase {
  clauseId: string;
  /** The master's clause as ProseMirror JSON (text). */
  json: string;
  hash: string;
  flag: OverrideFlag | null;
}

/** A variant's bases by clause id. */
export function listBases(db: DB, variantId: string): Map<string, ClauseBase> {
  const rows = sql<[string], ClauseBase>(
    db,
    `SELECT clause_id AS clauseId, base_json AS json, base_hash AS hash, flag
     FROM variant_clauses WHERE variant_id = ?`,
  ).all(variantId);
  return new Map(rows.map((r) => [r.clauseId, r]));
}

/** Sets the base of one clause to the master's clause now (clearing any flag). */
export function saveBase(db: DB, variantId: string, clauseId: string, json: string, hash: string): void {
  sql(
    db,
    `INSERT INTO variant_clauses (variant_id, clause_id, base_json, base_hash, flag, flagged_at, synced_at)
     VALUES (?, ?, ?, ?, NULL, NULL, ?)
     ON CONFLICT (variant_id, clause_id) DO UPDATE SET base_json = excluded.base_json,
       base_hash = excluded.base_hash, flag = NULL, flagged_at = NULL, synced_at = excluded.synced_at`,
  ).run(variantId, clauseId, json, hash, Date.now());
}

/** Flags one clause for review (a master change met an override); true when it was not flagged so before. */
export function flagBase(db: DB, variantId: string, clauseId: string, flag: OverrideFlag): boolean {
  return (
    sql(
      db,
      `UPDATE variant_clauses SET flag = ?, flagged_at = ?
       WHERE variant_id = ? AND clause_id = ? AND flag IS NOT ?`,
    ).run(flag, Date.now(), variantId, clauseId, flag).changes > 0
  );
}

/** Forgets the base of one clause (the master and the variant both no longer have it). */
export function deleteBase(db: DB, variantId: string, clauseId: string): void {
  sql(db, 'DELETE FROM variant_clauses WHERE variant_id = ? AND clause_id = ?').run(variantId, clauseId);
}
