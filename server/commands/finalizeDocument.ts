import { brokenReferences } from '../../shared/clauses.ts';
import type { AppContext } from '../context.ts';
import { type DocumentRecord, findDocument, setDocumentStatus } from '../db/repos/documents.ts';
import { insertLifecycleEvent, type LifecycleEvent } from '../db/repos/lifecycle.ts';
import { brokenReferencesError, documentNotAgreed, documentNotDraft } from './approvalErrors.ts';
import { clauseStates } from './clauseStates.ts';
import { decideOnLiveDocument } from './liveDocument.ts';
import { publishStatus } from './publishStatus.ts';
import { recordAutomaticVersion } from './versionHook.ts';

/**
 * Locks a draft: every clause must be agreed by every party (409 `document.not_agreed`
 * listing the others) and no cross-reference may point at a deleted clause or ayat (409
 * `document.broken_references`). The check and the status change happen in one instant of
 * the live document; then open sockets are re-authorised, which makes them read-only.
 */
export async function finalizeDocument(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events' | 'log'>,
  input: { documentId: string; userId: string },
): Promise<{ document: DocumentRecord; event: LifecycleEvent }> {
  const event = await decideOnLiveDocument(ctx, input.documentId, ({ record, body }) => {
    if (record.status !== 'draft') throw documentNotDraft(record.status);
    const notAgreed = clauseStates(ctx.db, record, body).filter((c) => c.state !== 'agreed');
    if (notAgreed.length > 0) {
      throw documentNotAgreed(
        notAgreed.map(({ id, number, heading, state }) => ({ id, number, heading, state })),
      );
    }
    const broken = brokenReferences(body);
    if (broken.length > 0) throw brokenReferencesError(broken);
    return ctx.db.transaction(() => {
      setDocumentStatus(ctx.db, record.id, 'final');
      return insertLifecycleEvent(ctx.db, {
        documentId: record.id,
        action: 'finalize',
        fromStatus: 'draft',
        toStatus: 'final',
        userId: input.userId,
      });
    })();
  });
  // No await between the status change and this call: no socket frame is handled in between.
  await ctx.collab.refreshAccess(input.documentId);
  const document = findDocument(ctx.db, input.documentId)!;
  publishStatus(ctx, document, event);
  await recordAutomaticVersion(ctx, {
    documentId: document.id,
    userId: input.userId,
    reason: 'finalized',
    label: 'Difinalkan',
  });
  return { document, event };
}
