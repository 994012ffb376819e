import * as Y from 'yjs';
import type { PMJSON } from '../../shared/clauses.ts';
import type { DocumentMeta } from '../../shared/meta.ts';
import type { DB } from '../db/connection.ts';
import { sql } from '../db/repos/sql.ts';
import { buildDocument } from './convert.ts';
import { UpdateLog } from './fold.ts';
import { JournalMover } from './journal.ts';
import { decodeRun } from './runs.ts';

/** One update to append to a document's log. */
export interface NewUpdate {
  documentId: string;
  /** Who sent it; null for system changes (template, server-side restore). */
  userId: string | null;
  data: Uint8Array;
  /** Milliseconds since the epoch; defaults to now. */
  at?: number;
}

/** One row of the log, as read back. */
export interface LoggedUpdate {
  seq: number;
  userId: string | null;
  at: number;
  data: Uint8Array;
}

/** A document as stored, not decoded: its latest checkpoint and the log after it. */
export interface StoredState {
  checkpoint: Uint8Array | null;
  checkpointSeq: number;
  tail: LoggedUpdate[];
  /** Seq of the last logged update included (0 when none). */
  seq: number;
}

/** A document's state as loaded: latest checkpoint with the log after it applied. */
export interface LoadedState {
  /** Null when nothing was ever stored. */
  update: Uint8Array | null;
  /** Seq of the last logged update included (0 when none). */
  seq: number;
  /** Seq of the checkpoint the load started from (0 when none). */
  checkpointSeq: number;
  /** Bytes of stored data read (checkpoint + tail), an estimate of the document's size. */
  bytes: number;
}

const asBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** Older checkpoints are kept one per this many seqs (the two latest are always kept). */
export const CHECKPOINT_SPACING = 5000;

/** Thrown inside an append when another writer moved a document's head meanwhile. */
class HeadMoved extends Error {}

/**
 * The append-only update log and checkpoints (`doc_checkpoints`) of every document's Y.Doc.
 * Synchronous: the collaboration server relies on an append being durable when `append`
 * returns, before anything is broadcast.
 *
 * An append goes to the log file in front of SQLite (updateLog.ts): one write() per group
 * commit, a keystroke's own bytes on disk. The file is folded into `doc_log` in bulk every few
 * seconds (`fold`), document by document, so each of its pages is written once per fold, not
 * once per keystroke; every read of the log folds first, so readers see every update appended.
 * Appends made inside a transaction, and every append of an in-memory database, go straight to
 * SQLite: to `doc_journal`, in arrival order with no index, which `moveJournal` carries to
 * `doc_log` (see journal.ts). `doc_heads` holds each document's last seq. Nothing is ever lost
 * in between: the file, the journal and the ordered log are all the durable log.
 */
export class UpdateStore {
  private readonly insert;
  private readonly lastCheckpoint;
  private readonly insertCheckpoint;
  private readonly pruneCheckpoints;
  private readonly moveHead;
  private readonly newHead;
  private readonly appendAll;
  private readonly mover: JournalMover;
  /** The database's log file and pending records, shared with every store of `db`. */
  private readonly log: UpdateLog;
  /**
   * Last seq of each document appended to in this process: the next one is known without a
   * query (an insert that looks it up costs a tenth of the collaboration server's time under load).
   */
  private readonly latest: Map<string, number>;

  /**
   * `logFile`: appends go to the log file in front of SQLite (the collaboration server's
   * store; one process per database). Without it, straight to SQLite.
   */
  constructor(
    readonly db: DB,
    opts: { logFile?: boolean } = {},
  ) {
    this.log = UpdateLog.of(db, opts.logFile ?? false);
    this.latest = this.log.latest;
    this.insert = db.prepare(
      'INSERT INTO doc_journal (document_id, seq, user_id, at, data) VALUES (?, ?, ?, ?, ?)',
    );
    this.lastCheckpoint = db.prepare(
      'SELECT seq, state FROM doc_checkpoints WHERE document_id = ? ORDER BY seq DESC LIMIT 1',
    );
    this.insertCheckpoint = db.prepare(
      'INSERT OR REPLACE INTO doc_checkpoints (document_id, seq, at, state) VALUES (?, ?, ?, ?)',
    );
    this.pruneCheckpoints = db.prepare(
      `DELETE FROM doc_checkpoints
        WHERE document_id = @documentId
          AND seq < (SELECT seq FROM doc_checkpoints WHERE document_id = @documentId ORDER BY seq DESC LIMIT 1 OFFSET 1)
          AND seq NOT IN (SELECT MIN(seq) FROM doc_checkpoints WHERE document_id = @documentId GROUP BY seq / CAST(@spacing AS INTEGER))`,
    );
    this.moveHead = db.prepare('UPDATE doc_heads SET seq = ? WHERE document_id = ? AND seq = ?');
    this.newHead = db.prepare('INSERT OR IGNORE INTO doc_heads (document_id, seq) VALUES (?, ?)');
    this.appendAll = db.transaction((batch: NewUpdate[], next: Map<string, number>) => {
      const from = new Map<string, number>();
      const seqs = batch.map((u) => {
        const last = next.get(u.documentId) ?? logHead(db, u.documentId);
        if (!from.has(u.documentId)) from.set(u.documentId, last);
        const seq = last + 1;
        next.set(u.documentId, seq);
        this.insert.run(
          u.documentId,
          seq,
          u.userId,
          u.at ?? Date.now(),
          Buffer.from(u.data.buffer, u.data.byteOffset, u.data.byteLength),
        );
        return seq;
      });
      // Each document's head moves from the seq this store expected: if another writer moved
      // it meanwhile, the whole batch is undone and numbered again from the log.
      for (const [documentId, expected] of from) {
        const to = next.get(documentId)!;
        const moved =
          expected === 0
            ? this.newHead.run(documentId, to).changes
            : this.moveHead.run(to, documentId, expected).changes;
        if (moved !== 1) throw new HeadMoved(documentId);
      }
      return seqs;
    });
    this.mover = new JournalMover(db);
  }

  /** Appends a batch in one write (or one transaction) and returns each update's seq. Throws if it cannot store. */
  append(batch: NewUpdate[]): number[] {
    if (batch.length === 0) return [];
    if (this.log.writesFile) return this.appendToFile(batch);
    this.log.fold();
    const next = new Map<string, number>();
    for (const u of batch) {
      const known = this.latest.get(u.documentId);
      if (known !== undefined) next.set(u.documentId, known);
    }
    let seqs: number[];
    try {
      seqs = this.appendAll(batch, next);
    } catch (err) {
      if (!(err instanceof HeadMoved)) throw err;
      // Someone else (another process on this database) appended meanwhile: ask the log.
      next.clear();
      for (const u of batch) this.latest.delete(u.documentId);
      seqs = this.appendAll(batch, next);
    }
    for (const [documentId, seq] of next) this.latest.set(documentId, seq);
    return seqs;
  }

  private appendToFile(batch: NewUpdate[]): number[] {
    const before = new Map<string, number | undefined>();
    const records = batch.map((u) => {
      if (!before.has(u.documentId)) before.set(u.documentId, this.latest.get(u.documentId));
      const seq = (this.latest.get(u.documentId) ?? logHead(this.db, u.documentId)) + 1;
      this.latest.set(u.documentId, seq);
      return { documentId: u.documentId, seq, userId: u.userId, at: u.at ?? Date.now(), data: u.data };
    });
    try {
      this.log.append(records);
    } catch (err) {
      for (const [documentId, seq] of before) {
        if (seq === undefined) this.latest.delete(documentId);
        else this.latest.set(documentId, seq);
      }
      throw err;
    }
    return records.map((r) => r.seq);
  }

  /**
   * Folds the log file's pending records into SQLite (`budgetMs` at most, whole documents at a
   * time; see fold.ts), then moves the journal. Returns whether work remains.
   */
  fold(budgetMs = Number.POSITIVE_INFINITY): boolean {
    const started = performance.now();
    if (this.log.fold(budgetMs)) return true;
    return this.moveJournal(Math.max(0, budgetMs - (performance.now() - started)));
  }

  /** Folds the log file and closes it (shutdown); the database stays open. */
  close(): void {
    this.log.close();
  }

  /** What opening the log file found (replayed records after a crash, a file set aside). */
  get recovery() {
    return this.log.recovery;
  }

  /**
   * Moves the journal to the ordered log (see journal.ts), one transaction after another,
   * until the current generation is done or `budgetMs` is spent. Returns whether work remains.
   */
  moveJournal(budgetMs = Number.POSITIVE_INFINITY): boolean {
    const started = performance.now();
    while (this.mover.step()) {
      if (performance.now() - started >= budgetMs) return true;
    }
    return false;
  }

  /**
   * Applies the latest checkpoint and the log after it to `doc`, all in ONE transaction.
   * Not `Y.mergeUpdates` first: merging thousands of small updates from many clients is
   * quadratic-ish (2.7 s for 10,000 typed characters here) where applying them inside one
   * transaction takes tens of milliseconds. Throws if a stored update cannot be applied.
   */
  loadInto(doc: Y.Doc, documentId: string): Omit<LoadedState, 'update'> {
    const { checkpoint, checkpointSeq, tail, seq } = this.read(documentId)!;
    let bytes = checkpoint ? checkpoint.byteLength : 0;
    doc.transact(() => {
      if (checkpoint) Y.applyUpdate(doc, checkpoint);
      for (const row of tail) {
        Y.applyUpdate(doc, row.data);
        bytes += row.data.byteLength;
      }
    });
    return { seq, checkpointSeq, bytes };
  }

  /**
   * The latest checkpoint and the log after it, as stored bytes; null when the log after the
   * checkpoint is longer than `maxTail` (then only a full load makes sense).
   */
  read(documentId: string, maxTail = -1): StoredState | null {
    const cp = this.lastCheckpoint.get(documentId) as { seq: number; state: Buffer } | undefined;
    const checkpointSeq = cp?.seq ?? 0;
    const tail = this.updatesSince(documentId, checkpointSeq, maxTail < 0 ? -1 : maxTail + 1);
    if (maxTail >= 0 && tail.length > maxTail) return null;
    return {
      checkpoint: cp ? asBytes(cp.state) : null,
      checkpointSeq,
      tail,
      seq: tail.at(-1)?.seq ?? checkpointSeq,
    };
  }

  /** The stored document as one update (latest checkpoint + tail), for readers without a live doc. */
  loadState(documentId: string): LoadedState {
    const doc = new Y.Doc();
    try {
      const loaded = this.loadInto(doc, documentId);
      const empty = loaded.seq === 0 && loaded.checkpointSeq === 0;
      return { ...loaded, update: empty ? null : Y.encodeStateAsUpdate(doc) };
    } finally {
      doc.destroy();
    }
  }

  /**
   * Stores the merged state of a document as of `seq`, then thins the older checkpoints: the
   * two latest stay, and of the older ones only the first of every {@link CHECKPOINT_SPACING}
   * seqs. A checkpoint is a whole document, so keeping one per 500 updates forever would grow
   * storage with the square of a document's life; history reaches any seq from the nearest kept
   * checkpoint plus at most that many log rows. Log rows are never deleted: history reads them.
   */
  checkpoint(documentId: string, seq: number, state: Uint8Array, at = Date.now()): void {
    this.db.transaction(() => {
      this.insertCheckpoint.run(
        documentId,
        seq,
        at,
        Buffer.from(state.buffer, state.byteOffset, state.byteLength),
      );
      this.pruneCheckpoints.run({ documentId, spacing: CHECKPOINT_SPACING });
    })();
  }

  /** Logged updates with seq greater than `seq`, oldest first. */
  updatesSince(documentId: string, seq: number, limit = -1): LoggedUpdate[] {
    const logged: LoggedUpdate[] = [];
    for (const u of loggedBetween(this.db, documentId, seq, Number.MAX_SAFE_INTEGER)) {
      if (limit >= 0 && logged.length >= limit) return logged;
      logged.push(u);
    }
    // While SQLite refuses folds, what the file holds beyond it is read from memory.
    const after = logged.at(-1)?.seq ?? seq;
    for (const r of this.log.pendingAfter(documentId, after)) {
      if (limit >= 0 && logged.length >= limit) break;
      logged.push({ seq: r.seq, userId: r.userId, at: r.at, data: r.data });
    }
    return logged;
  }

  /** Number of logged updates of a document. */
  count(documentId: string): number {
    UpdateLog.settle(this.db);
    const rows = sql<[string], number>(this.db, 'SELECT COUNT(*) FROM doc_updates WHERE document_id = ?')
      .pluck()
      .get(documentId)!;
    const inRuns = sql<[string], number>(
      this.db,
      'SELECT COALESCE(SUM(last_seq - first_seq + 1), 0) FROM doc_runs WHERE document_id = ?',
    )
      .pluck()
      .get(documentId)!;
    return rows + inRuns;
  }

  /** Seq of the last logged update (0 when none). */
  latestSeq(documentId: string): number {
    return logHead(this.db, documentId);
  }
}

/** Seq of the last logged update of a document (0 when none). */
export function logHead(db: DB, documentId: string): number {
  UpdateLog.settle(db);
  return (
    sql<[string], number>(db, 'SELECT seq FROM doc_heads WHERE document_id = ?').pluck().get(documentId) ?? 0
  );
}

/** The latest checkpoint at or before `seq` (history reconstructs from it), or null. */
export function checkpointAtOrBefore(
  db: DB,
  documentId: string,
  seq: number,
): { seq: number; state: Uint8Array } | null {
  const row = sql<[string, number], { seq: number; state: Buffer }>(
    db,
    'SELECT seq, state FROM doc_checkpoints WHERE document_id = ? AND seq <= ? ORDER BY seq DESC LIMIT 1',
  ).get(documentId, seq);
  return row ? { seq: row.seq, state: asBytes(row.state) } : null;
}

/**
 * Logged updates with `after` < seq ≤ `upto`, oldest first, read one at a time: the runs folded
 * from the log file (`doc_runs`, decoded one run at a time) and the rows stored one per update
 * (`doc_updates`: older updates and the journal), merged by seq.
 */
export function* loggedBetween(
  db: DB,
  documentId: string,
  after: number,
  upto: number,
): Generator<LoggedUpdate> {
  UpdateLog.settle(db);
  // Read before the rows are iterated: the connection runs one statement at a time meanwhile.
  const runs = sql<[string, number, number], { firstSeq: number; data: Buffer }>(
    db,
    `SELECT first_seq AS firstSeq, data FROM doc_runs
     WHERE document_id = ? AND last_seq > ? AND first_seq <= ? ORDER BY first_seq`,
  ).all(documentId, after, upto);
  const rows = sql<
    [string, number, number],
    { seq: number; userId: string | null; at: number; data: Buffer }
  >(
    db,
    `SELECT seq, user_id AS userId, at, data FROM doc_updates
     WHERE document_id = ? AND seq > ? AND seq <= ? ORDER BY seq`,
  ).iterate(documentId, after, upto);
  let run: LoggedUpdate[] = [];
  let r = 0;
  const nextFromRuns = (): LoggedUpdate | undefined => {
    while (run.length === 0 && r < runs.length) {
      const stored = runs[r++]!;
      run = decodeRun(stored.firstSeq, asBytes(stored.data)).filter((u) => u.seq > after && u.seq <= upto);
    }
    return run[0];
  };
  for (const row of rows) {
    for (let u = nextFromRuns(); u && u.seq < row.seq; u = nextFromRuns()) yield run.shift()!;
    yield { seq: row.seq, userId: row.userId, at: row.at, data: asBytes(row.data) };
  }
  while (nextFromRuns()) yield run.shift()!;
}

/** Time of update `seq` of a document's log (0 when there is none). */
export function updateTime(db: DB, documentId: string, seq: number): number {
  if (seq <= 0) return 0;
  for (const u of loggedBetween(db, documentId, seq - 1, seq)) return u.at;
  return 0;
}

/**
 * Stores a new document's initial content (ProseMirror JSON of the body and the meta fields)
 * as the first update of its log, attributed to its creator. Returns that update's seq.
 */
export function createDocumentState(
  store: UpdateStore,
  documentId: string,
  body: PMJSON,
  meta: DocumentMeta,
  userId: string | null,
): number {
  if (store.latestSeq(documentId) > 0) throw new Error(`document ${documentId} already has content`);
  const ydoc = buildDocument(body, meta);
  // Straight to SQLite (an append inside a transaction skips the log file): a new document
  // is there at once for every connection to the database, not only this process's.
  const [seq] = store.db.transaction(() =>
    store.append([{ documentId, userId, data: Y.encodeStateAsUpdate(ydoc) }]),
  )();
  ydoc.destroy();
  if (seq === undefined) throw new Error(`document ${documentId}: its first update was not stored`);
  return seq;
}
