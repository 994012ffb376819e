import { roleAtLeast } from '../../shared/api/common.ts';
import type { ClauseSummaryDTO } from '../../shared/api/documents.ts';
import type { AppContext } from '../context.ts';
import { activeApproval, insertApproval } from '../db/repos/approvals.ts';
import type { Member } from '../db/repos/members.ts';
import { notFound } from '../errors.ts';
import { documentNotDraft, mayNotApprove, staleHash } from './approvalErrors.ts';
import { clauseStates } from './clauseStates.ts';
import { decideOnLiveDocument } from './liveDocument.ts';
import { recordAutomaticVersion } from './versionHook.ts';

/** Editors and owners approve for their party, and so do signatories whatever their role. */
export function mayApprove(member: Pick<Member, 'role' | 'signatory'>): boolean {
  return roleAtLeast(member.role, 'editor') || member.signatory;
}

/** Throws 403 `approval.forbidden` unless the member may approve. */
export function requireApprover(member: Pick<Member, 'role' | 'signatory'>): void {
  if (!mayApprove(member)) throw mayNotApprove();
}

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
 * Approves a clause for the caller's party at the text it has now. The hash is recomputed
 * from the server's copy of the document, and the approval recorded in the same instant, so
 * an approval can only ever name text that really existed. Approving text the party already
 * approved changes nothing. Refused on a document that is not a draft (409), an unknown
 * clause (404), a hash of other text (409 `approval.stale_hash`).
 */
export async function approveClause(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events' | 'log'>,
  input: ApproveClauseInput,
): Promise<{ clause: ClauseSummaryDTO; created: boolean }> {
  const result = await decideOnLiveDocument(ctx, input.documentId, ({ record, body }) => {
    if (record.status !== 'draft') throw documentNotDraft(record.status);
    const states = clauseStates(ctx.db, record, body);
    const before = states.find((c) => c.id === input.clauseId);
    if (!before) throw notFound('clause');
    const hash = before.hash;
    if (hash !== input.hash) throw staleHash(before.number);
    const existing = activeApproval(ctx.db, record.id, input.clauseId, input.partyId);
    if (existing?.hash === hash)
      return { clause: before, created: false, cooperationId: record.cooperationId };
    insertApproval(ctx.db, { ...input, hash });
    const clause = clauseStates(ctx.db, record, body).find((c) => c.id === input.clauseId)!;
    return { clause, created: true, cooperationId: record.cooperationId };
  });
  if (result.created) {
    ctx.events?.publish(result.cooperationId, {
      type: 'approval.changed',
      documentId: input.documentId,
      clauseId: input.clauseId,
      partyId: input.partyId,
      action: 'approved',
      state: result.clause.state,
    });
    await recordAutomaticVersion(ctx, {
      documentId: input.documentId,
      userId: input.userId,
      reason: 'approval',
      label: `Pasal ${result.clause.number} disetujui`,
    });
  }
  return { clause: result.clause, created: result.created };
}
