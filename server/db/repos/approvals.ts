import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/** One party's approval of one clause at a content hash; rows are never deleted. */
export interface ApprovalRecord {
  id: number;
  documentId: string;
  clauseId: string;
  partyId: string;
  userId: string;
  hash: string;
  at: number;
  withdrawnAt: number | null;
  withdrawnBy: string | null;
}

interface ApprovalRow {
  id: number;
  document_id: string;
  clause_id: string;
  party_id: string;
  user_id: string;
  hash: string;
  at: number;
  withdrawn_at: number | null;
  withdrawn_by: string | null;
}

const toApproval = (r: ApprovalRow): ApprovalRecord => ({
  id: r.id,
  documentId: r.document_id,
  clauseId: r.clause_id,
  partyId: r.party_id,
  userId: r.user_id,
  hash: r.hash,
  at: r.at,
  withdrawnAt: r.withdrawn_at,
  withdrawnBy: r.withdrawn_by,
});

/** Records that `partyId` (through `userId`) approved `clauseId` at `hash`. */
export function insertApproval(
  db: DB,
  input: { documentId: string; clauseId: string; partyId: string; userId: string; hash: string; at?: number },
): ApprovalRecord {
  const at = input.at ?? Date.now();
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO approvals (document_id, clause_id, party_id, user_id, hash, at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(input.documentId, input.clauseId, input.partyId, input.userId, input.hash, at);
  return {
    id: Number(lastInsertRowid),
    ...input,
    at,
    withdrawnAt: null,
    withdrawnBy: null,
  };
}

/**
 * The approvals that count: for each clause and party of the document, the latest row,
 * unless it was withdrawn. Ordered by clause, then by time.
 */
export function activeApprovals(db: DB, documentId: string): ApprovalRecord[] {
  return sql<[string], ApprovalRow>(
    db,
    `SELECT a.* FROM approvals a
     JOIN (SELECT MAX(id) AS id FROM approvals WHERE document_id = ? GROUP BY clause_id, party_id) latest
       ON latest.id = a.id
     WHERE a.withdrawn_at IS NULL
     ORDER BY a.clause_id, a.id`,
  )
    .all(documentId)
    .map(toApproval);
}

/** The approval of one party on one clause that counts, or null. */
export function activeApproval(
  db: DB,
  documentId: string,
  clauseId: string,
  partyId: string,
): ApprovalRecord | null {
  const r = sql<[string, string, string], ApprovalRow>(
    db,
    `SELECT * FROM approvals WHERE document_id = ? AND clause_id = ? AND party_id = ?
     ORDER BY id DESC LIMIT 1`,
  ).get(documentId, clauseId, partyId);
  return r && r.withdrawn_at === null ? toApproval(r) : null;
}

/** Stamps an approval as withdrawn (kept on record). */
export function withdrawApprovalRow(db: DB, id: number, userId: string, at = Date.now()): void {
  sql(
    db,
    'UPDATE approvals SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL',
  ).run(at, userId, id);
}

/** Every approval ever given on a document, withdrawn ones too, oldest first (the record). */
export function approvalHistory(db: DB, documentId: string): ApprovalRecord[] {
  return sql<[string], ApprovalRow>(db, 'SELECT * FROM approvals WHERE document_id = ? ORDER BY id')
    .all(documentId)
    .map(toApproval);
}
