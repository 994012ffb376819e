import type { DB } from '../db/connection.ts';

/**
 * True when `table` exists with every one of `columns`. Approvals and meetings live in
 * their own migrations (003, 004); history reads them when they are there and still works
 * on a database without them.
 */
export function hasColumns(db: DB, table: string, columns: string[]): boolean {
  const rows = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[];
  if (rows.length === 0) return false;
  const names = new Set(rows.map((r) => r.name));
  return columns.every((c) => names.has(c));
}
