import type { ClauseSummaryDTO } from '../../shared/api/documents.ts';
import type { AppContext } from '../context.ts';
import { activeApproval, withdrawApprovalRow } from '../db/repos/approvals.ts';
import { notFound } from '../errors.ts';
import { approvalNotFound, documentNotDraft } from './approvalErrors.ts';
import { clauseStates } from './clauseStates.ts';
import { decideOnLiveDocument } from './liveDocument.ts';

/**
 * Withdraws the caller's party's approval of a clause (the row is stamped, never deleted).
 * Only on a draft (a final document is reopened first); 404 `approval.not_found` when the
 * party has no approval on the clause.
 */
export async function withdrawApproval(
  ctx: Pick<AppContext, 'db' | 'collab' | 'events'>,
  input: { documentId: string; clauseId: string; userId: string; partyId: string },
): Promise<ClauseSummaryDTO> {
  const { clause, cooperationId } = await decideOnLiveDocument(ctx, input.documentId, ({ record, body }) => {
    if (record.status !== 'draft') throw documentNotDraft(record.status);
    if (!clauseStates(ctx.db, record, body).some((c) => c.id === input.clauseId)) throw notFound('clause');
    const existing = activeApproval(ctx.db, record.id, input.clauseId, input.partyId);
    if (!existing) throw approvalNotFound();
    withdrawApprovalRow(ctx.db, existing.id, input.userId);
    const after = clauseStates(ctx.db, record, body).find((c) => c.id === input.clauseId)!;
    return { clause: after, cooperationId: record.cooperationId };
  });
  ctx.events?.publish(cooperationId, {
    type: 'approval.changed',
    documentId: input.documentId,
    clauseId: input.clauseId,
    partyId: input.partyId,
    action: 'withdrawn',
    state: clause.state,
  });
  return clause;
}
