import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { insertRow } from './recordTable.ts';
import { sql } from './sql.ts';

/** What was done with a suggestion: accepted, rejected by the other party, or withdrawn by its author. */
export type SuggestionDecisionKind = 'accept' | 'reject' | 'withdraw';

/** One decided suggestion, as recorded (`suggestion_decisions`). */
export interface SuggestionDecision {
  id: string;
  documentId: string;
  suggestionId: string;
  decision: SuggestionDecisionKind;
  /** Who decided, and for which party. */
  userId: string;
  partyId: string;
  at: number;
  clauseId: string | null;
  /** Who proposed it, for which party, when (the stamp's ISO time). */
  authorUserId: string;
  authorPartyId: string;
  suggestedAt: string;
  inserted: string;
  deleted: string;
  /** Decided although its Pasal had changed since it was made. */
  confirmedStale: boolean;
}

interface DecisionRow {
  id: string;
  document_id: string;
  suggestion_id: string;
  decision: SuggestionDecisionKind;
  user_id: string;
  party_id: string;
  at: number;
  clause_id: string | null;
  author_user_id: string;
  author_party_id: string;
  suggested_at: string;
  inserted: string;
  deleted: string;
  confirmed_stale: number;
}

const toDecision = (r: DecisionRow): SuggestionDecision => ({
  id: r.id,
  documentId: r.document_id,
  suggestionId: r.suggestion_id,
  decision: r.decision,
  userId: r.user_id,
  partyId: r.party_id,
  at: r.at,
  clauseId: r.clause_id,
  authorUserId: r.author_user_id,
  authorPartyId: r.author_party_id,
  suggestedAt: r.suggested_at,
  inserted: r.inserted,
  deleted: r.deleted,
  confirmedStale: r.confirmed_stale === 1,
});

const toRow = (d: SuggestionDecision): DecisionRow => ({
  id: d.id,
  document_id: d.documentId,
  suggestion_id: d.suggestionId,
  decision: d.decision,
  user_id: d.userId,
  party_id: d.partyId,
  at: d.at,
  clause_id: d.clauseId,
  author_user_id: d.authorUserId,
  author_party_id: d.authorPartyId,
  suggested_at: d.suggestedAt,
  inserted: d.inserted,
  deleted: d.deleted,
  confirmed_stale: d.confirmedStale ? 1 : 0,
});

/** Records decided suggestions (one row each), in one transaction. */
export function insertSuggestionDecisions(
  db: DB,
  decisions: Omit<SuggestionDecision, 'id'>[],
): SuggestionDecision[] {
  return db.transaction(() =>
    decisions.map((d) => {
      const decision = { ...d, id: newId() };
      insertRow(db, 'suggestion_decisions', toRow(decision));
      return decision;
    }),
  )();
}

/** A document's decided suggestions, newest first. */
export function listSuggestionDecisions(db: DB, documentId: string): SuggestionDecision[] {
  return sql<[string], DecisionRow>(
    db,
    'SELECT * FROM suggestion_decisions WHERE document_id = ? ORDER BY at DESC, rowid DESC',
  )
    .all(documentId)
    .map(toDecision);
}

/**
 * Whether someone other than `authorUserId` changed clause `clauseId` after `sinceMs` (the
 * attributed clause history, `clause_changes`; the server's own repairs do not count).
 */
export function clauseChangedByOthersSince(
  db: DB,
  documentId: string,
  clauseId: string,
  authorUserId: string,
  sinceMs: number,
): boolean {
  return (
    sql<[string, string, string, number], { one: number }>(
      db,
      `SELECT 1 AS one FROM clause_changes
       WHERE document_id = ? AND clause_id = ? AND user_id IS NOT NULL AND user_id <> ? AND at > ?
       LIMIT 1`,
    ).get(documentId, clauseId, authorUserId, sinceMs) !== undefined
  );
}
