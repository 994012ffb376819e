import type { AppContext } from '../context.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import type { LifecycleEvent } from '../db/repos/lifecycle.ts';

/** Tells the cooperation's clients that a document changed status (`document.status`). */
export function publishStatus(
  ctx: Pick<AppContext, 'events'>,
  document: DocumentRecord,
  event: LifecycleEvent,
) {
  ctx.events?.publish(document.cooperationId, {
    type: 'document.status',
    documentId: document.id,
    status: document.status,
    action: event.action,
    userId: event.userId,
  });
}
