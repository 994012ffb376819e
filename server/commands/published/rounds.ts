import type { AppContext } from '../../context.ts';
import { type SendRoundInput, sendRound } from '../sendRound.ts';

/**
 * Sends a round (`sendRound`) and tells the cooperation: `version.created` for the versions
 * lists, `document.round` for the other party's notice.
 */
export async function sendRoundAndPublish(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events'>,
  cooperationId: string,
  input: SendRoundInput,
): ReturnType<typeof sendRound> {
  const sent = await sendRound(ctx, input);
  ctx.events?.publish(cooperationId, {
    type: 'version.created',
    documentId: input.documentId,
    versionId: sent.version.id,
  });
  ctx.events?.publish(cooperationId, {
    type: 'document.round',
    documentId: input.documentId,
    versionId: sent.version.id,
    number: sent.round.number,
    label: sent.version.label,
    partyId: sent.round.partyId,
    toParties: sent.otherParties,
    limitOtherParty: sent.round.limitOtherParty,
    by: input.userId,
  });
  return sent;
}
