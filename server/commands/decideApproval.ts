import type { ClauseState } from '../../shared/api/clauseStates.ts';
import type { ApprovalDTO } from '../../shared/api/documents.ts';
import type { AppContext } from '../context.ts';
import { activeApproval, insertApproval, withdrawApprovalRow } from '../db/repos/approvals.ts';
import { type AppError, approvalNotFound, documentNotDraft } from '../errors/index.ts';
import { decideOnLiveDocument, type LiveDocument } from './liveDocument.ts';
import { recordAutomaticVersion } from './versionHook.ts';

/** What a party approves: a Pasal or a part, with its hash now and its approvals. */
export interface ApprovalItem {
  id: string;
  hash: string;
  state: ClauseState;
  approvals: ApprovalDTO[];
}

/** How to find and name one kind of approval item (a Pasal, a part) on the live document. */
export interface ApprovalTarget<T extends ApprovalItem> {
  /** The event's field naming the item: `clauseId` or `partId`. */
  eventKey: 'clauseId' | 'partId';
  /** The item as the server's copy reads now; undefined when there is none by that id. */
  read(ctx: Pick<AppContext, 'db'>, live: LiveDocument, id: string): T | undefined;
  /** 404 for an id that names nothing. */
  missing(): AppError;
  /** 409 `approval.stale_hash` for a hash of other text. */
  stale(item: T): AppError;
  /** Why the item cannot be approved as it is now (pending suggestions in a Pasal), or null. */
  refuse?(live: LiveDocument, item: T): AppError | null;
  /** The automatic version's label after an approval ("Pasal 3 disetujui"). */
  approvedLabel(item: T): string;
}

export interface ApproveItemInput {
  documentId: string;
  itemId: string;
  /** The hash of the item as the caller read it. */
  hash: string;
  /** The caller and their membership: the approval is always for the caller's own party. */
  userId: string;
  partyId: string;
}

/**
 * Approves an item for the caller's party at the text it has now. The hash is recomputed
 * from the server's copy of the document, and the approval recorded in the same instant, so
 * an approval can only ever name text that really existed. Approving text the party already
 * approved changes nothing.
 */
export async function approveItem<T extends ApprovalItem>(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events' | 'log'>,
  input: ApproveItemInput,
  target: ApprovalTarget<T>,
): Promise<{ item: T; created: boolean }> {
  const result = await decideOnLiveDocument(ctx, input.documentId, (live) => {
    const { record } = live;
    if (record.status !== 'draft') throw documentNotDraft(record.status);
    const before = target.read(ctx, live, input.itemId);
    if (!before) throw target.missing();
    if (before.hash !== input.hash) throw target.stale(before);
    const refused = target.refuse?.(live, before);
    if (refused) throw refused;
    const existing = activeApproval(ctx.db, record.id, input.itemId, input.partyId);
    if (existing?.hash === before.hash)
      return { item: before, created: false, cooperationId: record.cooperationId };
    insertApproval(ctx.db, {
      documentId: record.id,
      clauseId: input.itemId,
      partyId: input.partyId,
      userId: input.userId,
      hash: before.hash,
    });
    return {
      item: target.read(ctx, live, input.itemId)!,
      created: true,
      cooperationId: record.cooperationId,
    };
  });
  if (result.created) {
    publishApproval(ctx, result.cooperationId, input, target, 'approved', result.item.state);
    await recordAutomaticVersion(ctx, {
      documentId: input.documentId,
      userId: input.userId,
      reason: 'approval',
      label: target.approvedLabel(result.item),
    });
  }
  return { item: result.item, created: result.created };
}

/**
 * Withdraws the caller's party's approval of an item (the row is stamped, never deleted).
 * Only on a draft (a final document is reopened first); 404 `approval.not_found` when the
 * party has no approval on it.
 */
export async function withdrawItem<T extends ApprovalItem>(
  ctx: Pick<AppContext, 'db' | 'collab' | 'events'>,
  input: Omit<ApproveItemInput, 'hash'>,
  target: ApprovalTarget<T>,
): Promise<T> {
  const { item, cooperationId } = await decideOnLiveDocument(ctx, input.documentId, (live) => {
    const { record } = live;
    if (record.status !== 'draft') throw documentNotDraft(record.status);
    if (!target.read(ctx, live, input.itemId)) throw target.missing();
    const existing = activeApproval(ctx.db, record.id, input.itemId, input.partyId);
    if (!existing) throw approvalNotFound();
    withdrawApprovalRow(ctx.db, existing.id, input.userId);
    return { item: target.read(ctx, live, input.itemId)!, cooperationId: record.cooperationId };
  });
  publishApproval(ctx, cooperationId, input, target, 'withdrawn', item.state);
  return item;
}

/** `approval.changed` to the cooperation's event streams: every open screen reads it again. */
function publishApproval(
  ctx: Pick<AppContext, 'events'>,
  cooperationId: string,
  input: Omit<ApproveItemInput, 'hash'>,
  target: ApprovalTarget<ApprovalItem>,
  action: 'approved' | 'withdrawn',
  state: ClauseState,
) {
  ctx.events?.publish(cooperationId, {
    type: 'approval.changed',
    documentId: input.documentId,
    ...(target.eventKey === 'clauseId' ? { clauseId: input.itemId } : { partId: input.itemId }),
    partyId: input.partyId,
    action,
    state,
  });
}
