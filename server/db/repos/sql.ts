import type { Statement } from 'better-sqlite3';
import type { DB } from '../connection.ts';

const cache = new WeakMap<DB, Map<string, Statement>>();

/** A prepared statement, compiled once per database connection. */
export function sql<Params extends unknown[] = unknown[], Row = unknown>(
  db: DB,
  text: string,
): Statement<Params, Row> {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let stmt = byText.get(text);
  if (!stmt) {
    stmt = db.prepare(text);
    byText.set(text, stmt);
  }
  return stmt as unknown as Statement<Params, Row>;
}

/** Milliseconds since the epoch → ISO string, the API's time format. */
export const iso = (ms: number) => new Date(ms).toISOString();
