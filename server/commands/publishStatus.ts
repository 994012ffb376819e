import type { AppContext } from '../context.ts';
import { type DocumentRecord, findDocument } from '../db/repos/documents.ts';
import type { LifecycleEvent } from '../db/repos/lifecycle.ts';
import { type AutomaticVersionReason, recordAutomaticVersion } from './versionHook.ts';

/** Tells the cooperation's clients that a document changed status (`document.status`). */
function publishStatus(ctx: Pick<AppContext, 'events'>, document: DocumentRecord, event: LifecycleEvent) {
  ctx.events?.publish(document.cooperationId, {
    type: 'document.status',
    documentId: document.id,
    status: document.status,
    action: event.action,
    userId: event.userId,
  });
}

/**
 * What follows every committed status change (finalise, reopen, sign): open sockets get the
 * new access, clients hear of it, and an automatic version marks the text at that moment.
 * The caller awaits nothing between its transaction and this call, so no socket frame is
 * handled while the access is stale.
 */
export async function afterStatusChange(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events' | 'log'>,
  change: { documentId: string; userId: string; event: LifecycleEvent },
  version: { reason: AutomaticVersionReason; label: string },
): Promise<{ document: DocumentRecord; event: LifecycleEvent }> {
  await ctx.collab.refreshAccess(change.documentId);
  const document = findDocument(ctx.db, change.documentId)!;
  publishStatus(ctx, document, change.event);
  await recordAutomaticVersion(ctx, { documentId: document.id, userId: change.userId, ...version });
  return { document, event: change.event };
}
