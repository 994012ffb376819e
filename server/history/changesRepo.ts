import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { PMJSON } from '../../shared/clauses.ts';
import { YDOC } from '../../shared/protocol.ts';
import { loggedBetween } from '../collab/store.ts';
import type { DB } from '../db/connection.ts';
import { sql } from '../db/repos/sql.ts';
import { ydocAt } from './reconstruct.ts';
import { clauseElements, yElementToJSON } from './yjson.ts';

/** What happened to a clause in one update (see `clause_changes`). */
export type ClauseChangeKind = 'added' | 'removed' | 'changed' | 'moved';

/**
 * `userId` changed clause `clauseId` in a run of updates (see segments.ts) ending with update
 * `seq` at `at`, begun at `firstAt`.
 */
export interface ClauseChange {
  seq: number;
  clauseId: string;
  userId: string | null;
  at: number;
  firstAt: number;
  kind: ClauseChangeKind;
}

/** A clause as it read at `seq`; `hash` and `content` are null once it was removed. */
export interface ClauseState {
  clauseId: string;
  seq: number;
  at: number;
  hash: string | null;
  number: number | null;
  content: PMJSON | null;
}

interface StateRow {
  clause_id: string;
  seq: number;
  at: number;
  hash: string | null;
  number: number | null;
  content: string | Buffer | null;
}

/**
 * Writes one attribution window in one transaction: the changes, the clauses' new states, and
 * how far the log is attributed. Re-running a window (after a crash) overwrites, never duplicates.
 */
export function recordAttribution(
  db: DB,
  documentId: string,
  changes: ClauseChange[],
  states: ClauseState[],
  attributedSeq: number,
): void {
  db.transaction(() => {
    const change = sql(
      db,
      `INSERT OR REPLACE INTO clause_changes (document_id, seq, clause_id, user_id, at, first_at, kind)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const c of changes) change.run(documentId, c.seq, c.clauseId, c.userId, c.at, c.firstAt, c.kind);
    const state = sql(
      db,
      `INSERT OR REPLACE INTO clause_states (document_id, clause_id, seq, at, hash, number, content)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const s of states) {
      state.run(
        documentId,
        s.clauseId,
        s.seq,
        s.at,
        s.hash,
        s.number,
        s.content ? packContent(s.content) : null,
      );
    }
    sql(
      db,
      `INSERT INTO attribution_marks (document_id, seq) VALUES (?, ?)
       ON CONFLICT (document_id) DO UPDATE SET seq = MAX(seq, excluded.seq)`,
    ).run(documentId, attributedSeq);
  })();
}

/** Seq up to which the log of a document was attributed (0 when never). */
export function attributedSeq(db: DB, documentId: string): number {
  return (
    sql<[string], number>(db, 'SELECT seq FROM attribution_marks WHERE document_id = ?')
      .pluck()
      .get(documentId) ?? 0
  );
}

/** The latest recorded hash of every clause the document ever had (null: removed). */
export function latestClauseHashes(db: DB, documentId: string): Map<string, string | null> {
  // SQLite returns the row's other columns from the row that holds MAX(seq).
  const rows = sql<[string], { clause_id: string; hash: string | null }>(
    db,
    'SELECT clause_id, hash, MAX(seq) AS seq FROM clause_states WHERE document_id = ? GROUP BY clause_id',
  ).all(documentId);
  return new Map(rows.map((r) => [r.clause_id, r.hash]));
}

/** A recorded state as read back: the content stays JSON text until someone needs it. */
export interface StoredClauseState extends Omit<ClauseState, 'content'> {
  /**
   * The clause's ProseMirror JSON (parsed on first use), null once removed. A state stored
   * without its content (one a window by the same people continued: keptContent.ts) is
   * rebuilt from the log.
   */
  content(): PMJSON | null;
}

/** One clause as the document read after update `seq`, rebuilt from the log (null: not there). */
function clauseFromLog(db: DB, documentId: string, clauseId: string, seq: number): PMJSON | null {
  const { doc } = ydocAt(db, documentId, seq);
  try {
    const found = clauseElements(doc.getXmlFragment(YDOC.body)).get(clauseId);
    return found ? yElementToJSON(found.el) : null;
  } finally {
    doc.destroy();
  }
}

/** The latest recorded hash of one clause (null: removed or never recorded). */
export function latestClauseHash(db: DB, documentId: string, clauseId: string): string | null {
  return (
    sql<[string, string], string | null>(
      db,
      'SELECT hash FROM clause_states WHERE document_id = ? AND clause_id = ? ORDER BY seq DESC LIMIT 1',
    )
      .pluck()
      .get(documentId, clauseId) ?? null
  );
}

/**
 * A clause's JSON as stored: deflated. A Pasal of a few paragraphs is 1–3 KB of JSON, past what
 * a row of this table keeps in its page (about 1 KB), so every state cost an overflow page of
 * 4 KiB besides its share of a leaf, written twice (WAL, database); deflated it is a third of that
 * and stays in the leaf. Rows written before are JSON text, and read as such.
 */
const packContent = (content: PMJSON): Buffer => deflateRawSync(JSON.stringify(content));
const unpackContent = (stored: string | Buffer): PMJSON =>
  JSON.parse(typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8')) as PMJSON;

/** Every recorded state of one clause, oldest first. */
export function clauseStates(db: DB, documentId: string, clauseId: string): StoredClauseState[] {
  return sql<[string, string], StateRow>(
    db,
    'SELECT * FROM clause_states WHERE document_id = ? AND clause_id = ? ORDER BY seq',
  )
    .all(documentId, clauseId)
    .map((r) => {
      let parsed: PMJSON | null | undefined;
      return {
        clauseId: r.clause_id,
        seq: r.seq,
        at: r.at,
        hash: r.hash,
        number: r.number,
        content: () => {
          if (parsed === undefined)
            parsed = r.content
              ? unpackContent(r.content)
              : r.hash !== null
                ? clauseFromLog(db, documentId, clauseId, r.seq)
                : null;
          return parsed;
        },
      };
    });
}

/** Every attributed change of one clause, oldest first. */
export function clauseChanges(db: DB, documentId: string, clauseId: string): ClauseChange[] {
  return sql<
    [string, string],
    { seq: number; user_id: string | null; at: number; first_at: number; kind: ClauseChangeKind }
  >(
    db,
    `SELECT seq, user_id, at, COALESCE(first_at, at) AS first_at, kind FROM clause_changes
     WHERE document_id = ? AND clause_id = ? ORDER BY seq`,
  )
    .all(documentId, clauseId)
    .map((r) => ({ seq: r.seq, clauseId, userId: r.user_id, at: r.at, firstAt: r.first_at, kind: r.kind }));
}

/** Who changed which clause between two seqs (exclusive, inclusive), with their latest time. */
export function changesBetween(
  db: DB,
  documentId: string,
  fromSeq: number,
  toSeq: number,
): { clauseId: string; userId: string | null; at: number; firstAt: number }[] {
  return sql<
    [string, number, number],
    { clause_id: string; user_id: string | null; at: number; first_at: number }
  >(
    db,
    `SELECT clause_id, user_id, MAX(at) AS at, MIN(COALESCE(first_at, at)) AS first_at FROM clause_changes
     WHERE document_id = ? AND seq > ? AND seq <= ? GROUP BY clause_id, user_id ORDER BY MAX(seq)`,
  )
    .all(documentId, fromSeq, toSeq)
    .map((r) => ({ clauseId: r.clause_id, userId: r.user_id, at: r.at, firstAt: r.first_at }));
}

/** Each user who sent updates in (fromSeq, toSeq], with their last seq and time and their first time. */
export function sendersBetween(
  db: DB,
  documentId: string,
  fromSeq: number,
  toSeq: number,
): { userId: string | null; seq: number; at: number; firstAt: number }[] {
  const senders = new Map<
    string | null,
    { userId: string | null; seq: number; at: number; firstAt: number }
  >();
  for (const u of loggedBetween(db, documentId, fromSeq, toSeq)) {
    const known = senders.get(u.userId);
    if (!known) senders.set(u.userId, { userId: u.userId, seq: u.seq, at: u.at, firstAt: u.at });
    else {
      known.seq = u.seq;
      known.at = Math.max(known.at, u.at);
      known.firstAt = Math.min(known.firstAt, u.at);
    }
  }
  return [...senders.values()].sort((a, b) => a.seq - b.seq);
}
