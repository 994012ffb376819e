import { checkCompleteness } from '../../shared/completeness.ts';
import { type FinaliseBlocker, finaliseBlockers } from '../../shared/finaliseGate.ts';
import { META } from '../../shared/meta.ts';
import { variablesIn } from '../../shared/variables/index.ts';
import { variableValues } from '../../shared/variables/values.ts';
import type { AppContext } from '../context.ts';
import { type DocumentRecord, setDocumentStatus } from '../db/repos/documents.ts';
import { insertLifecycleEvent, type LifecycleEvent } from '../db/repos/lifecycle.ts';
import { listParties } from '../db/repos/parties.ts';
import { savePrintedSnapshot } from '../db/repos/printedSnapshots.ts';
import {
  brokenReferencesError,
  documentIncomplete,
  documentNotAgreed,
  documentNotDraft,
  duplicateIdsError,
} from '../errors/index.ts';
import { documentApprovals } from './documentApprovals.ts';
import { decideOnLiveDocument } from './liveDocument.ts';
import { currentRecords } from './printedRecords.ts';
import { afterStatusChange } from './publishStatus.ts';
import { approvedSigning } from './signDocument.ts';
import { variableSourcesOf } from './variableValues.ts';

type Item = ReturnType<typeof documentApprovals>;

/** The refusal the API answers with for the first reason the shared rule gives. */
function refusal(blocker: FinaliseBlocker<Item['clauses'][number], Item['parts'][number]>) {
  switch (blocker.kind) {
    case 'incomplete':
      return documentIncomplete(blocker.items.map(({ key, label }) => ({ key, label })));
    case 'duplicateIds':
      return duplicateIdsError(blocker.ids);
    case 'notAgreed':
      return documentNotAgreed(
        blocker.clauses.map(({ id, number, heading, state }) => ({ id, number, heading, state })),
        blocker.parts.map(({ id, label, state }) => ({ id, label, state })),
      );
    case 'brokenReferences':
      return brokenReferencesError(blocker.references);
  }
}

/** What the decision answers when the text holds variables and their sources are not read yet. */
const NEEDS_SOURCES = Symbol('needs variable sources');

/**
 * Locks a draft, by the finalise rule of `shared/finaliseGate.ts` (which the Persetujuan tab
 * asks too), refusing with its first blocker: required checklist sections missing (409
 * `document.incomplete`, `details.items`); a Pasal, BAB or ayat twice (409
 * `document.duplicate_ids`: unmerged copies of a moved Pasal); a Pasal or a part outside the
 * Pasal not agreed by every party at its text now (409 `document.not_agreed`, naming them in
 * `details.clauses` and `details.parts`); a cross-reference to a deleted clause or ayat (409
 * `document.broken_references`). The check and the status change happen in one instant of
 * the live document; then open sockets are re-authorised, which makes them
 * read-only. What the paper prints from records (parties, logos, a PKS's liaisons, a variant's
 * OPD and its head), the values of a PKS's variables, and the date of signing and term the text
 * prints (what the term-end reminders read) are frozen with the status change,
 * exactly as they were checked, so later edits of the records never change the final text
 * (`printedRecords`).
 */
export async function finalizeDocument(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events' | 'log'>,
  input: { documentId: string; userId: string },
): Promise<{ document: DocumentRecord; event: LifecycleEvent }> {
  // A PKS whose text holds variables needs their sources (its unit, its MoU's live metadata),
  // read outside the live transaction, where nothing can be awaited: the first decision asks
  // for them only when the text holds a variable, and the second is taken with them.
  let sources: Awaited<ReturnType<typeof variableSourcesOf>> | null = null;
  for (;;) {
    const outcome = await decideOnLiveDocument(ctx, input.documentId, ({ record, body, meta }) => {
      if (record.status !== 'draft') throw documentNotDraft(record.status);
      const withVariables = record.kind === 'pks' && variablesIn(body).length > 0;
      if (withVariables && !sources) return { [NEEDS_SOURCES]: record } as const;
      const variables = withVariables && sources ? variableValues({ ...sources, meta }) : undefined;
      const completeness = checkCompleteness(record.kind, body, meta, {
        mouId: record.mouId,
        amendment: record.amendmentKind,
        partyIds: listParties(ctx.db, record.cooperationId).map((p) => p.id),
        ...(variables ? { variables } : {}),
      });
      // Minutes print no records (and have no parts to approve).
      const records =
        record.kind === 'notes'
          ? undefined
          : {
              ...currentRecords(ctx.db, {
                id: record.id,
                kind: record.kind,
                cooperationId: record.cooperationId,
              }),
              ...(variables ? { variables } : {}),
            };
      const { clauses, parts } = documentApprovals(ctx.db, record, { body, meta }, records);
      const [blocker] = finaliseBlockers({ completeness, body, clauses, parts });
      if (blocker) throw refusal(blocker);
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
          savePrintedSnapshot(ctx.db, {
            documentId: record.id,
            lifecycleId: event.id,
            records,
            signing: {
              date: approvedSigning(meta).date,
              termYears: String(meta[META.termYears] ?? '').trim(),
            },
            at: event.at,
          });
        return event;
      })();
    });
    if (NEEDS_SOURCES in outcome) {
      sources = await variableSourcesOf(ctx, outcome[NEEDS_SOURCES]);
      continue;
    }
    return afterStatusChange(
      ctx,
      { documentId: input.documentId, userId: input.userId, event: outcome },
      { reason: 'finalized', label: 'Difinalkan' },
    );
  }
}
