import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Durability } from '../config.ts';

export type DB = Database.Database;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Opens (and creates) the SQLite database in WAL mode and brings its schema up to date.
 *
 * What a commit survives once it returns (and so an update once the collaboration server has
 * forwarded it to anyone), by `durability`:
 * - `normal` (`synchronous = NORMAL`, the default): a crash of the process (SIGKILL, out of
 *   memory) loses nothing, since the commit is in the WAL file, written through the operating
 *   system. A crash of the operating system or a power loss may drop the commits since the WAL
 *   was last synced to the disk, which happens at each checkpoint (once a second, see
 *   walCheckpointer.ts); the database stays consistent.
 * - `full` (`synchronous = FULL`): each commit waits until the WAL is synced to the disk, so an
 *   OS crash or a power loss loses nothing that was committed (on a disk that honours fsync).
 *   Each group commit then costs an fsync on the event loop.
 */
export function openDatabase(file: string, options: { durability?: Durability } = {}): DB {
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
      // Statement and savepoint journals in memory: once one outgrows 64 KiB SQLite moves them to
      // a temporary file for good, and every insert of the update log then writes its page there
      // too (twice the bytes per edit).
      db.pragma('temp_store = MEMORY');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      migrate(db);
    } catch (err) {
      db.close();
      throw err;
    }
    return db;
  } catch (err) {
    throw unwritable(file, err);
  }
}

/**
 * A database that cannot be opened for writing (read-only or missing folder, full disk) is
 * reported with its path and what to check, in both languages; other errors pass unchanged.
 */
function unwritable(file: string, err: unknown): unknown {
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  if (!/^(SQLITE_(CANTOPEN|READONLY|IOERR|FULL|PERM)|EACCES|EROFS|ENOSPC|EPERM)/.test(code)) return err;
  const reason = (err as Error).message;
  const wrapped = new Error(
    `Basis data ${file} tidak dapat dibuka untuk ditulis (${reason}): pastikan folder ${dirname(file)} ` +
      `dapat ditulis dan disknya tidak penuh. / The database ${file} cannot be opened for writing ` +
      `(${reason}): make sure the folder ${dirname(file)} is writable and its disk is not full.`,
    { cause: err },
  );
  (wrapped as Error & { code: string }).code = code;
  return wrapped;
}

/**
 * Applies the numbered migrations in `server/db/migrations` (`NNN_name.sql`) that have not
 * run yet, each in its own transaction, and records them in `schema_migrations`.
 */
export function migrate(db: DB, dir = MIGRATIONS_DIR): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const done = new Set(db.prepare('SELECT id FROM schema_migrations').pluck().all() as string[]);
  const files = readdirSync(dir)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort();
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    const sql = readFileSync(join(dir, file), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run(file, Date.now());
    })();
    applied.push(file);
  }
  return applied;
}

/** Throws unless the database answers a query (the health check). */
export function checkDatabase(db: DB): void {
  db.prepare('SELECT 1').get();
}
