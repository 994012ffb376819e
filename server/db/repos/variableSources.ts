import type { VariableSources } from '../../../shared/variables/values.ts';
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

/** What a unit gives a variant's text: its name, head, kuasa and address. */
export type UnitForVariables = NonNullable<VariableSources['unit']>;

/** Unit `id`'s printed fields, or null. */
export function unitForVariables(db: DB, id: string): UnitForVariables | null {
  return (
    sql<[string], UnitForVariables>(
      db,
      `SELECT name, short_name AS shortName, head_name AS headName, head_position AS headPosition,
              head_nip AS headNip, kuasa_ref AS kuasaRef, address FROM units WHERE id = ?`,
    ).get(id) ?? null
  );
}

/** The liaisons of unit `id` (name and position), by name. */
export function unitLiaisonNames(db: DB, id: string): { name: string; position: string }[] {
  return sql<[string], { name: string; position: string }>(
    db,
    'SELECT name, position FROM liaisons WHERE unit_id = ? ORDER BY name COLLATE NOCASE, id',
  ).all(id);
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
