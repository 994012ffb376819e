import type { ClauseSummaryDTO } from '../../shared/api/documents.ts';
import type { AppContext } from '../context.ts';
import { clauseTarget } from './approveClause.ts';
import { withdrawItem } from './decideApproval.ts';

/**
 * Withdraws the caller's party's approval of a clause (the row is stamped, never deleted).
 * Only on a draft (a final document is reopened first); 404 `approval.not_found` when the
 * party has no approval on the clause.
 */
export async function withdrawApproval(
  ctx: Pick<AppContext, 'db' | 'collab' | 'events'>,
  input: { documentId: string; clauseId: string; userId: string; partyId: string },
): Promise<ClauseSummaryDTO> {
  const { clauseId, ...rest } = input;
  return withdrawItem(ctx, { ...rest, itemId: clauseId }, clauseTarget);
}
