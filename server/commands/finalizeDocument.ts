import { brokenReferences, duplicateIds } from '../../shared/clauses.ts';
import { checkCompleteness } from '../../shared/completeness.ts';
import type { AppContext } from '../context.ts';
import { type DocumentRecord, findDocument, setDocumentStatus } from '../db/repos/documents.ts';
import { insertLifecycleEvent, type LifecycleEvent } from '../db/repos/lifecycle.ts';
import { listParties } from '../db/repos/parties.ts';
import { savePrintedSnapshot } from '../db/repos/printedSnapshots.ts';
import {
  brokenReferencesError,
  documentIncomplete,
  documentNotAgreed,
  documentNotDraft,
  duplicateIdsError,
} from './approvalErrors.ts';
import { documentApprovals } from './documentApprovals.ts';
import { decideOnLiveDocument } from './liveDocument.ts';
import { currentRecords } from './printedRecords.ts';
import { publishStatus } from './publishStatus.ts';
import { recordAutomaticVersion } from './versionHook.ts';

/**
 * Locks a draft. The checklist's required sections must be present (409 `document.incomplete`,
 * `details.items`; checked first, since filling one in changes what must be approved); no Pasal,
 * BAB or ayat may appear twice (409 `document.duplicate_ids`: unmerged copies of a moved Pasal);
 * everything the export prints must be agreed by every party at its text now: every Pasal and
 * every part outside the Pasal (409 `document.not_agreed` naming them in `details.clauses`
 * and `details.parts`); no cross-reference may point at a deleted
 * clause or ayat (409 `document.broken_references`). The check and the status change happen
 * in one instant of the live document; then open sockets are re-authorised, which makes them
 * read-only. What the paper prints from records (parties, logos, a PKS's liaisons) is frozen
 * with the status change, exactly as it was checked, so later edits of the records never
 * change the final text (`printedRecords`).
 */
export async function finalizeDocument(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events' | 'log'>,
  input: { documentId: string; userId: string },
): Promise<{ document: DocumentRecord; event: LifecycleEvent }> {
  const event = await decideOnLiveDocument(ctx, input.documentId, ({ record, body, meta }) => {
    if (record.status !== 'draft') throw documentNotDraft(record.status);
    const completeness = checkCompleteness(record.kind, body, meta, {
      mouId: record.mouId,
      partyIds: listParties(ctx.db, record.cooperationId).map((p) => p.id),
    });
    const missing = completeness.items.filter((i) => i.level === 'required' && !i.present);
    if (missing.length > 0) throw documentIncomplete(missing.map(({ key, label }) => ({ key, label })));
    const twice = duplicateIds(body);
    if (twice.length > 0) throw duplicateIdsError(twice);
    // Minutes print no records (and have no parts to approve).
    const records =
      record.kind === 'notes'
        ? undefined
        : currentRecords(ctx.db, { kind: record.kind, cooperationId: record.cooperationId });
    const { clauses, parts } = documentApprovals(ctx.db, record, { body, meta }, records);
    const notAgreed = <T extends { state: string }>(items: T[]) => items.filter((i) => i.state !== 'agreed');
    if (notAgreed(clauses).length + notAgreed(parts).length > 0) {
      throw documentNotAgreed(
        notAgreed(clauses).map(({ id, number, heading, state }) => ({ id, number, heading, state })),
        notAgreed(parts).map(({ id, label, state }) => ({ id, label, state })),
      );
    }
    const broken = brokenReferences(body);
    if (broken.length > 0) throw brokenReferencesError(broken);
    return ctx.db.transaction(() => {
      setDocumentStatus(ctx.db, record.id, 'final');
      const event = insertLifecycleEvent(ctx.db, {
        documentId: record.id,
        action: 'finalize',
        fromStatus: 'draft',
        toStatus: 'final',
        userId: input.userId,
      });
      if (records)
        savePrintedSnapshot(ctx.db, { documentId: record.id, lifecycleId: event.id, records, at: event.at });
      return event;
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
