/**
 * `npm run backup -- FILE [--force]`: a consistent copy of the database, also while the server
 * runs and people type. SQLite's online backup through a read-only connection: in WAL mode a
 * reader sees one committed state and never blocks the server's writes, so the copy is the
 * database as of one moment. The copy is written beside FILE, checked, then renamed into place.
 * The copy also holds what the server had appended to its update log file but not yet folded.
 * Restore: stop the server, put the copy in SEPAKAT_DATA_DIR as sepakat.db, start it (the old
 * database's log file there, `sepakat.db-updates`, is then set aside, never replayed).
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { UpdateLog } from '../collab/fold.ts';
import { type LogRecord, UpdateLogFile } from '../collab/updateLog.ts';
import { loadConfig } from '../config.ts';

class UsageError extends Error {}

const USAGE = `Pemakaian / usage: npm run backup -- <berkas/file> [--force]
  Menyalin basis data SEPAKAT_DATA_DIR (bawaan ./data) ke berkas itu, juga saat server berjalan.
  Copies the database of SEPAKAT_DATA_DIR (default ./data) to that file, also while the server runs.`;

/** Copies `source` to `target` with the online backup API; returns what the copy holds. */
export async function backupDatabase(
  source: string,
  target: string,
): Promise<{ bytes: number; documents: number }> {
  if (!existsSync(source)) {
    throw new UsageError(`Basis data tidak ditemukan / database not found: ${source}`);
  }
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  // What the server appended but has not folded into SQLite yet is in its log file: read it
  // before the copy, so that the copy and the file together miss nothing (see fold.ts).
  let unfolded: LogRecord[] | null = null;
  try {
    const id = db.prepare('SELECT id FROM update_log').pluck().get();
    const file = UpdateLogFile.read(`${source}-updates`);
    unfolded = file.id !== null && file.id === id ? file.records : [];
  } catch {
    // A database from before the log file: nothing to add.
  }
  try {
    // After the first step, copy all remaining pages in one step: a writer between steps
    // would restart the backup, and a busy server writes every few milliseconds.
    await db.backup(partial, { progress: ({ remainingPages }) => Math.max(100, remainingPages) });
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    db.close();
  }
  // The copy is one self-contained file (rollback journal, no -wal or -shm beside it: the
  // server turns WAL on again when it opens it). It also gets a log id of its own (even with
  // nothing to add): a server's file left in the folder it is restored to never matches it, so
  // it is set aside instead of replayed.
  const writable = new Database(partial);
  try {
    writable.pragma('journal_mode = DELETE');
    if (unfolded) UpdateLog.of(writable, false).replay(unfolded);
  } finally {
    writable.close();
  }
  const copy = new Database(partial, { readonly: true });
  let documents = 0;
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy failed its check: ${String(check)}`);
    documents = copy.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number;
  } catch (err) {
    copy.close();
    rmSync(partial, { force: true });
    throw err;
  }
  copy.close();
  renameSync(partial, target);
  return { bytes: statSync(target).size, documents };
}

async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  });
  const [path] = positionals;
  if (positionals.length !== 1 || path === undefined) throw new UsageError(USAGE);
  const target = resolve(path);
  const source = loadConfig().dbFile;
  if (target === resolve(source)) {
    throw new UsageError(
      'Berkas cadangan tidak boleh basis data itu sendiri. / The backup cannot be the database itself.',
    );
  }
  if (existsSync(target) && !values.force) {
    throw new UsageError(
      `Berkas sudah ada (pakai --force untuk menimpa). / File exists (use --force to overwrite): ${target}`,
    );
  }
  const { bytes, documents } = await backupDatabase(source, target);
  const mb = (bytes / 1024 / 1024).toFixed(1);
  console.log(
    `Cadangan dibuat / backup written: ${target} (${mb} MB, ${documents} dokumen / documents, pemeriksaan / check: ok)`,
  );
}

main(process.argv.slice(2)).catch((err) => {
  console.error(
    err instanceof UsageError ? err.message : `Cadangan gagal / backup failed: ${err?.message ?? err}`,
  );
  process.exit(1);
});
