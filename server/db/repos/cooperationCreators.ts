import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/**
 * Accounts an administrator allowed to start cooperations (`npm run user -- grant-create`),
 * which matters where `SEPAKAT_COOPERATION_CREATORS=owners` (the default).
 */
export function grantCooperationCreator(db: DB, userId: string, now = Date.now()): void {
  sql(db, 'INSERT OR IGNORE INTO cooperation_creators (user_id, granted_at) VALUES (?, ?)').run(userId, now);
}

/** Takes the permission back; false when the account did not have it. */
export function revokeCooperationCreator(db: DB, userId: string): boolean {
  return sql(db, 'DELETE FROM cooperation_creators WHERE user_id = ?').run(userId).changes > 0;
}

export function isCooperationCreator(db: DB, userId: string): boolean {
  return !!sql<[string], { n: number }>(db, 'SELECT 1 AS n FROM cooperation_creators WHERE user_id = ?').get(
    userId,
  );
}
