import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { findById, insertRow } from './recordTable.ts';
import { sql } from './sql.ts';

export interface Cooperation {
  id: string;
  title: string;
  description: string;
  settings: Record<string, unknown>;
  createdBy: string;
  createdAt: number;
}

interface CooperationRow {
  id: string;
  title: string;
  description: string;
  settings: string;
  created_by: string;
  created_at: number;
}

function parseSettings(text: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  } catch {
    return {};
  }
}

const toCooperation = (r: CooperationRow): Cooperation => ({
  id: r.id,
  title: r.title,
  description: r.description,
  settings: parseSettings(r.settings),
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export function insertCooperation(
  db: DB,
  input: { title: string; description?: string; settings?: Record<string, unknown>; createdBy: string },
): Cooperation {
  const row: CooperationRow = {
    id: newId('c'),
    title: input.title,
    description: input.description ?? '',
    settings: JSON.stringify(input.settings ?? {}),
    created_by: input.createdBy,
    created_at: Date.now(),
  };
  insertRow(db, 'cooperations', row);
  return toCooperation(row);
}

export function findCooperation(db: DB, id: string): Cooperation | null {
  return findById(db, 'cooperations', id, toCooperation);
}

/** Cooperations the user is a member of, newest first. */
export function listCooperationsOfUser(db: DB, userId: string): Cooperation[] {
  return sql<[string], CooperationRow>(
    db,
    `SELECT c.* FROM cooperations c JOIN members m ON m.cooperation_id = c.id
     WHERE m.user_id = ? ORDER BY c.created_at DESC, c.id`,
  )
    .all(userId)
    .map(toCooperation);
}

export function updateCooperationSettings(db: DB, id: string, settings: Record<string, unknown>): void {
  sql(db, 'UPDATE cooperations SET settings = ? WHERE id = ?').run(JSON.stringify(settings), id);
}
