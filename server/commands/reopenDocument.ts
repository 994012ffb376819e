import type { AppContext } from '../context.ts';
import { type DocumentRecord, findDocument, setDocumentStatus } from '../db/repos/documents.ts';
import { insertLifecycleEvent, type LifecycleEvent } from '../db/repos/lifecycle.ts';
import { dropPrintedSnapshot } from '../db/repos/printedSnapshots.ts';
import { documentNotFinal, notFound } from '../errors/index.ts';
import { afterStatusChange } from './publishStatus.ts';

/**
 * Returns a final document to draft (the route lets only owners do it), recording who and
 * why. A signed document is not reopened: its text is what the parties signed (a change is
 * an adendum, a new document). Approvals are kept: they still name the exact text approved,
 * so clauses stay agreed until someone edits them. The records frozen at finalising are
 * dropped: the draft prints the parties, logos and liaisons as they are now, and a part whose
 * records changed meanwhile needs approving again.
 */
export async function reopenDocument(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events' | 'log'>,
  input: { documentId: string; userId: string; reason: string },
): Promise<{ document: DocumentRecord; event: LifecycleEvent }> {
  const event = ctx.db.transaction(() => {
    const record = findDocument(ctx.db, input.documentId);
    if (!record) throw notFound('document');
    if (record.status !== 'final') throw documentNotFinal(record.status);
    setDocumentStatus(ctx.db, record.id, 'draft');
    dropPrintedSnapshot(ctx.db, record.id);
    return insertLifecycleEvent(ctx.db, {
      documentId: record.id,
      action: 'reopen',
      fromStatus: 'final',
      toStatus: 'draft',
      userId: input.userId,
      reason: input.reason,
    });
  })();
  // Editors' open sockets become writable again.
  return afterStatusChange(
    ctx,
    { documentId: input.documentId, userId: input.userId, event },
    { reason: 'reopened', label: `Dibuka kembali: ${input.reason}` },
  );
}
