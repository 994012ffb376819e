import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/** Where a document stands for its variables: the MoU it implements and the unit (OPD) a variant is made for. */
export interface DocumentPlacement {
  tier: 'single' | 'master' | 'variant';
  mouId: string | null;
  unitId: string | null;
}

/** The tier, MoU and unit of document `id`, or null when there is none. */
export function documentPlacement(db: DB, id: string): DocumentPlacement | null {
  return (
    sql<[string], DocumentPlacement>(
      db,
      'SELECT tier, mou_id AS mouId, unit_id AS unitId FROM documents WHERE id = ?',
    ).get(id) ?? null
  );
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
