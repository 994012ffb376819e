import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync } from 'node:fs';
import type { DB } from '../db/connection.ts';
import { encodeRun } from './runs.ts';
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
 * database is a file), the records in it not yet folded into SQLite, and each document's
 * last seq. Every `UpdateStore` of the database shares it, so they number updates as one.
 *
 * A fold stores each document's records as runs (`doc_runs`, see runs.ts) and moves its head
 * in the same transaction. Folding is idempotent (a record at or below its document's head is
 * stored already and skipped), so a fold that runs inside a caller's transaction, which may
 * still be rolled back, keeps its records pending and folds them again later. Records of a
 * document deleted meanwhile are dropped.
 */
export class UpdateLog {
  readonly latest = new Map<string, number>();
  /** In the file, not yet in SQLite, in the order written. */
  private pending: LogRecord[] = [];
  private file: UpdateLogFile | null = null;
  /** Records newly stored by folds (one already stored is skipped). */
  private folded = 0;
  /** The last fold failed with this (cleared by the next that succeeds). */
  private failure: Error | null = null;
  recovery: LogRecovery = { replayed: 0, setAside: null };
  private foldChunkOnce: ((byDocument: [string, LogRecord[]][]) => void) | null = null;

  private constructor(private readonly db: DB) {}

  /** One transaction folding whole documents; prepared on first use (a store of a database older than its tables folds nothing). */
  private get foldChunk(): (byDocument: [string, LogRecord[]][]) => void {
    this.foldChunkOnce ??= this.prepareFold();
    return this.foldChunkOnce;
  }

  private prepareFold(): (byDocument: [string, LogRecord[]][]) => void {
    const { db } = this;
    const exists = db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
    const headOf = db.prepare('SELECT seq FROM doc_heads WHERE document_id = ?').pluck();
    const insertRun = db.prepare(
      'INSERT INTO doc_runs (document_id, first_seq, last_seq, data) VALUES (?, ?, ?, ?)',
    );
    const head = db.prepare(
      `INSERT INTO doc_heads (document_id, seq) VALUES (?, ?)
       ON CONFLICT (document_id) DO UPDATE SET seq = MAX(seq, excluded.seq)`,
    );
    return db.transaction((byDocument: [string, LogRecord[]][]) => {
      for (const [documentId, records] of byDocument) {
        if (!exists.get(documentId)) continue;
        // A document's head moves with what is stored, in the same transaction: a record at or
        // below it is in SQLite already (folded before a crash, or by a fold inside a caller's
        // transaction that committed).
        const stored = (headOf.get(documentId) as number | undefined) ?? 0;
        const fresh = records.filter((r) => r.seq > stored).sort((a, b) => a.seq - b.seq);
        for (const run of consecutive(fresh)) {
          const first = run[0]!;
          const last = run.at(-1)!;
          insertRun.run(documentId, first.seq, last.seq, encodeRun(run));
          this.folded += run.length;
          head.run(documentId, last.seq);
        }
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

  /** Folds records read from a file now; returns how many were not stored yet. */
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
   * Folds pending records into SQLite, whole documents per transaction, until none is left
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

/** Records split where their seqs stop following one another. */
function consecutive(records: LogRecord[]): LogRecord[][] {
  const runs: LogRecord[][] = [];
  for (const r of records) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.seq + 1 === r.seq) run.push(r);
    else runs.push([r]);
  }
  return runs;
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
