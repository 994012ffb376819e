import { roleAtLeast } from '../../shared/api/common.ts';
import type { ClauseSummaryDTO } from '../../shared/api/documents.ts';
import type { AppContext } from '../context.ts';
import type { Member } from '../db/repos/members.ts';
import { notFound } from '../errors.ts';
import { mayNotApprove, staleHash } from './approvalErrors.ts';
import { clauseStates } from './clauseStates.ts';
import { type ApprovalTarget, approveItem } from './decideApproval.ts';

/** Editors and owners approve for their party, and so do signatories whatever their role. */
export function mayApprove(member: Pick<Member, 'role' | 'signatory'>): boolean {
  return roleAtLeast(member.role, 'editor') || member.signatory;
}

/** Throws 403 `approval.forbidden` unless the member may approve. */
export function requireApprover(member: Pick<Member, 'role' | 'signatory'>): void {
  if (!mayApprove(member)) throw mayNotApprove();
}

/** A Pasal as an approval item: found by clause id, hashed with `clauseHash`. */
export const clauseTarget: ApprovalTarget<ClauseSummaryDTO> = {
  eventKey: 'clauseId',
  read: (ctx, { record, body }, id) => clauseStates(ctx.db, record, body).find((c) => c.id === id),
  missing: () => notFound('clause'),
  stale: (clause) => staleHash(`Pasal ${clause.number}`, `Pasal ${clause.number}`),
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
