import { suggestOnlyPartiesOf } from '../../shared/api/agreementSettings.ts';
import type { AppContext } from '../context.ts';
import { findCooperation, updateCooperationSettings } from '../db/repos/cooperations.ts';
import { findDocument } from '../db/repos/documents.ts';
import { listParties } from '../db/repos/parties.ts';
import { documentNotDraft, notFound, roundWithoutOtherParty } from '../errors/index.ts';
import { defaultRoundLabel } from '../history/rounds.ts';
import { insertRound, nextRoundNumber, type RoundRecord } from '../history/roundsRepo.ts';
import { createVersion } from '../history/versions.ts';
import type { VersionRecord } from '../history/versionsRepo.ts';
import { afterSuggestOnlyChange, suggestOnlyChanged, withSuggestOnlyParties } from './suggestOnlyParties.ts';

/** What {@link sendRound} is asked: who sends which document, under what name. */
export interface SendRoundInput {
  documentId: string;
  userId: string;
  /** The sender's party. */
  partyId: string;
  name?: string;
  limitOtherParty?: boolean;
}

/**
 * "Kirim ke pihak lain": records the text as it is now, with its suggestions, as a version of
 * kind `round` numbered after the document's last round and attributed to the sender's party.
 * With `limitOtherParty` every other party of the cooperation is limited to suggestions from now
 * on (`suggestOnlyParties`) and the sender's own party no longer is (the turn passes), and open
 * sockets are re-checked so the change holds at once (`afterSuggestOnlyChange`, which tells the
 * open screens too).
 * Refuses a document that is not a draft (409 `document.not_draft`).
 */
export async function sendRound(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events'>,
  input: SendRoundInput,
): Promise<{ round: RoundRecord; version: VersionRecord; otherParties: string[] }> {
  const document = findDocument(ctx.db, input.documentId);
  if (!document) throw notFound('document');
  if (document.status !== 'draft') throw documentNotDraft(document.status);
  const parties = listParties(ctx.db, document.cooperationId);
  const sender = parties.find((p) => p.id === input.partyId);
  const otherParties = parties.filter((p) => p.id !== input.partyId).map((p) => p.id);
  if (!sender || otherParties.length === 0) throw roundWithoutOtherParty();
  const sent = ctx.db.transaction(() => {
    const number = nextRoundNumber(ctx.db, document.id);
    const version = createVersion(ctx, {
      documentId: document.id,
      kind: 'round',
      label: input.name ?? defaultRoundLabel(number, sender.shortName || sender.name),
      userId: input.userId,
    });
    const round = insertRound(ctx.db, {
      versionId: version.id,
      documentId: document.id,
      number,
      partyId: sender.id,
      userId: input.userId,
      limitOtherParty: input.limitOtherParty ?? false,
    });
    let limited: Record<string, unknown> | null = null;
    if (round.limitOtherParty) {
      const cooperation = findCooperation(ctx.db, document.cooperationId)!;
      const limitedIds = new Set([...suggestOnlyPartiesOf(cooperation.settings), ...otherParties]);
      // The sender answers the next round freely: the turn passes to the other party.
      limitedIds.delete(sender.id);
      const settings = withSuggestOnlyParties(ctx.db, cooperation, cooperation.settings, [...limitedIds]);
      if (suggestOnlyChanged(cooperation.settings, settings)) {
        updateCooperationSettings(ctx.db, cooperation.id, settings);
        limited = settings;
      }
    }
    return { round, version, limited };
  })();
  if (sent.limited) await afterSuggestOnlyChange(ctx, document.cooperationId, sent.limited, input.userId);
  return { round: sent.round, version: sent.version, otherParties };
}
