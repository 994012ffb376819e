import type { ClauseSummaryDTO } from '../../shared/api/documents.ts';
import { type Actor, qualifies } from '../../shared/policies.ts';
import { pendingByClause } from '../../shared/suggestions/index.ts';
import type { AppContext } from '../context.ts';
import { notFound, pendingSuggestions, staleHash } from '../errors/index.ts';
import { clauseStates } from './clauseStates.ts';
import { type ApprovalTarget, approveItem } from './decideApproval.ts';

/** Whether the member approves for their party: the rule `document.approve` of `shared/policies.ts`. */
export function mayApprove(member: Actor): boolean {
  return qualifies(member, 'document.approve');
}

/** A Pasal as an approval item: found by clause id, hashed with `clauseHash`. */
export const clauseTarget: ApprovalTarget<ClauseSummaryDTO> = {
  eventKey: 'clauseId',
  read: (ctx, { record, body }, id) => clauseStates(ctx.db, record, body).find((c) => c.id === id),
  missing: () => notFound('clause'),
  stale: (clause) => staleHash(`Pasal ${clause.number}`, `Pasal ${clause.number}`),
  refuse: ({ body }, clause) => {
    const pending = pendingByClause(body).get(clause.id) ?? 0;
    return pending > 0 ? pendingSuggestions(`Pasal ${clause.number}`, pending) : null;
  },
  approvedLabel: (clause) => `Pasal ${clause.number} disetujui`,
};

export interface ApproveClauseInput {
  documentId: string;
  clauseId: string;
  /** The hash of the clause as the caller read it. */
  hash: string;
  /** The caller and their membership: the approval is always for the caller's own party. */
  userId: string;
  partyId: string;
}

/**
 * Approves a clause for the caller's party at the text it has now (see `approveItem`).
 * Refused on a document that is not a draft (409), an unknown clause (404), a hash of other
 * text (409 `approval.stale_hash`).
 */
export async function approveClause(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events' | 'log'>,
  input: ApproveClauseInput,
): Promise<{ clause: ClauseSummaryDTO; created: boolean }> {
  const { clauseId, ...rest } = input;
  const { item, created } = await approveItem(ctx, { ...rest, itemId: clauseId }, clauseTarget);
  return { clause: item, created };
}
