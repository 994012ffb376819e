import type { PartSummaryDTO } from '../../shared/api/documents.ts';
import { shortLabel } from '../../shared/signedParts.ts';
import type { AppContext } from '../context.ts';
import { notFound, staleHash } from '../errors/index.ts';
import { type ApprovalTarget, approveItem, withdrawItem } from './decideApproval.ts';
import { partStates } from './partStates.ts';

/** A part outside the Pasal as an approval item: found by part id, hashed by `shared/signedParts.ts`. */
export const partTarget: ApprovalTarget<PartSummaryDTO> = {
  eventKey: 'partId',
  read: (ctx, live, id) => partStates(ctx.db, live.record, live).find((p) => p.id === id),
  missing: () => notFound('part', 'Bagian dokumen', 'Document part'),
  stale: (part) => staleHash(shortLabel(part.label).id, shortLabel(part.label).en),
  approvedLabel: (part) => `${shortLabel(part.label).id} disetujui`,
};

export interface PartApprovalInput {
  documentId: string;
  partId: string;
  userId: string;
  partyId: string;
}

/**
 * Approves a part (opening, arrangement, closing, printed details, parties, annex) for the
 * caller's party at what it prints now; the same rules as a Pasal (`approveItem`): 409
 * `document.not_draft`, 404 `part.not_found` (e.g. the annex of an MoU), 409 `approval.stale_hash`.
 */
export async function approvePart(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events' | 'log'>,
  input: PartApprovalInput & { hash: string },
): Promise<{ part: PartSummaryDTO; created: boolean }> {
  const { partId, ...rest } = input;
  const { item, created } = await approveItem(ctx, { ...rest, itemId: partId }, partTarget);
  return { part: item, created };
}

/** Withdraws the caller's party's approval of a part (404 `approval.not_found` when none). */
export async function withdrawPartApproval(
  ctx: Pick<AppContext, 'db' | 'collab' | 'events'>,
  input: PartApprovalInput,
): Promise<PartSummaryDTO> {
  const { partId, ...rest } = input;
  return withdrawItem(ctx, { ...rest, itemId: partId }, partTarget);
}
