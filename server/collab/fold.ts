import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync } from 'node:fs';
import type { DB } from '../db/connection.ts';
import { type LogRecord, UpdateLogFile } from './updateLog.ts';

/** Rows folded into SQLite per transaction (whole documents; a few milliseconds' work). */
const ROWS_PER_FOLD = 2000;
/** Once everything is folded, a log file past this size starts over. */
const RESTART_BYTES = 4 * 1024 * 1024;

/** What opening the log found: records replayed from the file, or a file set aside. */
export interface LogRecovery {
  replayed: number;
  setAside: string | null;
}

/**
 * The update log of one database as this process writes it: the append-only file (when the
 * database is a file), the records in it not yet folded into `doc_log`, and each document's
 * last seq. Every `UpdateStore` of the database shares it, so they number updates as one.
 *
 * Folding is idempotent (a record is its document and seq; one already in `doc_log` is
 * skipped), so a fold that runs inside a caller's transaction, which may still be rolled
 * back, keeps its records pending and folds them again later. Records of a document deleted
 * meanwhile are dropped.
 */
export class UpdateLog {
  readonly latest = new Map<string, number>();
  /** In the file, not yet in SQLite, in the order written. */
  private pending: LogRecord[] = [];
  private file: UpdateLogFile | null = null;
  /** Records newly written to `doc_log` by folds (one already there is skipped). */
  private folded = 0;
  /** The last fold failed with this (cleared by the next that succeeds). */
  private failure: Error | null = null;
  recovery: LogRecovery = { replayed: 0, setAside: null };
  private readonly foldChunk;

  private constructor(private readonly db: DB) {
    const exists = db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
    const insert = db.prepare(
      'INSERT OR IGNORE INTO doc_log (document_id, seq, user_id, at, data) VALUES (?, ?, ?, ?, ?)',
    );
    const head = db.prepare(
      `INSERT INTO doc_heads (document_id, seq) VALUES (?, ?)
       ON CONFLICT (document_id) DO UPDATE SET seq = MAX(seq, excluded.seq)`,
    );
    this.foldChunk = db.transaction((byDocument: [string, LogRecord[]][]) => {
      for (const [documentId, records] of byDocument) {
        if (!exists.get(documentId)) continue;
        let last = 0;
        for (const r of records) {
          this.folded += insert.run(
            r.documentId,
            r.seq,
            r.userId,
            r.at,
            Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength),
          ).changes;
          last = Math.max(last, r.seq);
        }
        head.run(documentId, last);
      }
    });
  }

  /** The log id the database holds (its table exists from migration 026 on: asked only with a file). */
  private get storedId(): string | undefined {
    return this.db.prepare('SELECT id FROM update_log').pluck().get() as string | undefined;
  }

  private static readonly byDatabase = new WeakMap<DB, UpdateLog>();

  /**
   * The log of `db` in this process; with `withFile`, its file is opened (and what a killed run
   * left in it replayed) if it is not yet. Only the server's own store asks for the file: it
   * belongs to one process, and any other (a command, a bench seeding a database) appends
   * straight to SQLite.
   */
  static of(db: DB, withFile: boolean): UpdateLog {
    let log = UpdateLog.byDatabase.get(db);
    if (!log) {
      log = new UpdateLog(db);
      UpdateLog.byDatabase.set(db, log);
    }
    // A read-only connection (a reader, a refused disk) writes nothing, so it has no file.
    if (withFile && !log.file && !db.memory && !db.readonly && db.name) log.openFile(`${db.name}-updates`);
    return log;
  }

  /**
   * Folds what is pending if `db` has a log open in this process: readers call it before
   * reading. If SQLite refuses the writes, readers go on with what it holds (the records stay
   * in the file, and appends are refused until a fold succeeds).
   */
  static settle(db: DB): void {
    try {
      UpdateLog.byDatabase.get(db)?.fold();
    } catch {
      // Kept in `failure`; see append.
    }
  }

  /** Whether appends go to the file now; inside a transaction they go to SQLite with it. */
  get writesFile(): boolean {
    return this.file !== null && !this.db.inTransaction;
  }

  /**
   * Appends numbered records to the file in one write. Throws if it cannot, and while SQLite
   * refuses the folds (a full disk, a read-only database): the file is not a place to pile
   * up what the database may never take.
   */
  append(records: LogRecord[]): void {
    if (this.failure) this.fold();
    this.file!.append(records);
    for (const r of records) this.pending.push(r);
  }

  /**
   * Folds records read from another process's log file (the backup's copy takes what the
   * server had not folded yet), then gives the database a new log id: the server's file,
   * should it be left beside this copy, no longer matches it.
   */
  replay(records: LogRecord[]): number {
    const folded = this.foldIn(records);
    this.newId();
    return folded;
  }

  /** Folds records read from a file now; returns how many were not in `doc_log` yet. */
  private foldIn(records: LogRecord[]): number {
    const before = this.folded;
    this.pending.push(...records);
    this.fold();
    return this.folded - before;
  }

  /** Pending records of one document with seq above `seq`, oldest first (readers, while folds fail). */
  pendingAfter(documentId: string, seq: number): LogRecord[] {
    return this.pending.filter((r) => r.documentId === documentId && r.seq > seq);
  }

  /**
   * Folds pending records into `doc_log`, whole documents per transaction, until none is left
   * or `budgetMs` is spent; then, with nothing pending and the file grown, starts the file over.
   * Returns whether records remain.
   */
  fold(budgetMs = Number.POSITIVE_INFINITY): boolean {
    if (this.pending.length === 0) return false;
    const nested = this.db.inTransaction;
    const byDocument = new Map<string, LogRecord[]>();
    for (const r of this.pending) {
      const list = byDocument.get(r.documentId);
      if (list) list.push(r);
      else byDocument.set(r.documentId, [r]);
    }
    const documents = [...byDocument.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const folded = new Set<string>();
    const started = performance.now();
    let i = 0;
    while (i < documents.length) {
      const chunk: [string, LogRecord[]][] = [];
      let rows = 0;
      while (
        i < documents.length &&
        (chunk.length === 0 || rows + documents[i]![1].length <= ROWS_PER_FOLD)
      ) {
        chunk.push(documents[i]!);
        rows += documents[i]![1].length;
        i++;
      }
      try {
        this.foldChunk(chunk);
      } catch (err) {
        this.failure = err instanceof Error ? err : new Error(String(err));
        throw err;
      }
      this.failure = null;
      for (const [documentId] of chunk) folded.add(documentId);
      if (performance.now() - started >= budgetMs) break;
    }
    if (nested) return true;
    this.pending =
      folded.size === byDocument.size ? [] : this.pending.filter((r) => !folded.has(r.documentId));
    if (this.pending.length === 0 && this.file && this.file.bytes >= RESTART_BYTES) this.restartFile();
    return this.pending.length > 0;
  }

  /** Folds everything, empties the file and closes it: on shutdown, so the next start has nothing to replay. */
  close(): void {
    UpdateLog.byDatabase.delete(this.db);
    if (!this.file) return;
    try {
      this.fold();
      if (this.pending.length === 0) this.restartFile();
    } finally {
      // What could not be folded stays in the file, replayed at the next start.
      this.file.close();
      this.file = null;
    }
  }

  /**
   * Replays a file left by the last run (killed, say) if it belongs to this database, sets it
   * aside if it does not, and starts the file over.
   */
  private openFile(path: string): void {
    const found = UpdateLogFile.read(path);
    this.recovery = { replayed: 0, setAside: null };
    if (found.id !== null && found.id === this.storedId) {
      this.recovery.replayed = this.foldIn(found.records);
    } else if (found.records.length > 0) {
      this.recovery.setAside = UpdateLogFile.setAside(path);
    }
    const id = this.newId();
    this.file = UpdateLogFile.open(path, { sync: this.syncs(), id });
  }

  /**
   * Every record of the file is in SQLite: make that durable (SQLite's files synced), give the
   * database a new log id, and empty the file under it. A crash in between leaves a file whose id
   * no longer matches, set aside at the next start, with nothing in it that SQLite lacks.
   */
  private restartFile(): void {
    this.file!.restart(this.newId());
  }

  private newId(): string {
    const id = randomUUID();
    this.db.prepare('UPDATE update_log SET id = ?').run(id);
    syncDatabaseFiles(this.db.name);
    return id;
  }

  /** Writes are fdatasync'ed when SQLite's own commits are (`synchronous = FULL` or above). */
  private syncs(): boolean {
    return Number(this.db.pragma('synchronous', { simple: true })) >= 2;
  }
}

/** fsync of the database file and its WAL: every commit so far survives a power loss. */
function syncDatabaseFiles(file: string): void {
  for (const path of [file, `${file}-wal`]) {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      continue;
    }
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}
