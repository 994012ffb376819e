import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type DB, migrate } from './connection.ts';

/** The folder of the numbered migrations. */
export const MIGRATIONS = join(import.meta.dirname, 'migrations');

/**
 * For tests of a migration: a database in a folder of its own, migrated only up to (and
 * including) `last`, as an older Sepakat left it. `dispose` closes it and deletes the folder.
 */
export function olderDatabase(last: string): { db: DB; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sepakat-migrations-'));
  const older = join(dir, 'older');
  mkdirSync(older);
  for (const f of readdirSync(MIGRATIONS))
    if (f.endsWith('.sql') && f <= last) copyFileSync(join(MIGRATIONS, f), join(older, f));
  const db = new Database(join(dir, 'db.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, older);
  return {
    db,
    dispose() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
