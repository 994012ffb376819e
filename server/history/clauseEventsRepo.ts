import type { z } from 'zod';
import type { clauseApprovalEventSchema, clausePointEventSchema } from '../../shared/api/history.ts';
import type { DB } from '../db/connection.ts';
import { iso, sql } from '../db/repos/sql.ts';
import type { People } from './people.ts';

type ApprovalEvent = z.infer<typeof clauseApprovalEventSchema>;
type PointEvent = z.infer<typeof clausePointEventSchema>;

/** Approvals given to a clause over time (oldest first), withdrawn ones included. */
export function clauseApprovals(
  db: DB,
  documentId: string,
  clauseId: string,
  currentHash: string | null,
  people: People,
): ApprovalEvent[] {
  const rows = sql<
    [string, string],
    {
      party_id: string;
      user_id: string;
      hash: string;
      at: number;
      withdrawn_at: number | null;
      name: string | null;
      color: string | null;
    }
  >(
    db,
    `SELECT a.party_id, a.user_id, a.hash, a.at, a.withdrawn_at, p.name, p.color
     FROM approvals a LEFT JOIN parties p ON p.id = a.party_id
     WHERE a.document_id = ? AND a.clause_id = ? ORDER BY a.at`,
  ).all(documentId, clauseId);
  return rows.map((r) => ({
    partyId: r.party_id,
    partyName: r.name ?? '',
    color: r.color,
    by: people(r.user_id),
    hash: r.hash,
    at: iso(r.at),
    withdrawnAt: r.withdrawn_at ? iso(r.withdrawn_at) : null,
    current: r.withdrawn_at === null && r.hash === currentHash,
  }));
}

/** Discussion points raised on a clause (oldest first). */
export function clausePoints(db: DB, documentId: string, clauseId: string): PointEvent[] {
  const rows = sql<
    [string, string],
    {
      id: string;
      text: string;
      state: string;
      decision: string | null;
      raised_by_name: string | null;
      party_id: string | null;
      color: string | null;
      meeting_id: string | null;
      created_at: number;
      decided_at: number | null;
    }
  >(
    db,
    `SELECT d.id, d.text, d.state, d.decision, d.raised_by_name,
            d.raised_by_party_id AS party_id, p.color, d.meeting_id, d.created_at, d.decided_at
     FROM discussion_points d LEFT JOIN parties p ON p.id = d.raised_by_party_id
     WHERE d.document_id = ? AND d.clause_id = ? ORDER BY d.created_at`,
  ).all(documentId, clauseId);
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    state: r.state,
    decision: r.decision ?? '',
    raisedBy: r.raised_by_name ?? '',
    partyId: r.party_id,
    color: r.color,
    meetingId: r.meeting_id,
    at: iso(r.created_at),
    decidedAt: r.decided_at ? iso(r.decided_at) : null,
  }));
}
