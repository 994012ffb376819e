import type { DecideSuggestionsResponse } from '../../../shared/api/suggestions.ts';
import type { AppContext } from '../../context.ts';
import { findPoint, repliesOf } from '../../db/repos/points.ts';
import { presentPoint } from '../../presenters/points.ts';
import {
  type DecideSuggestionsInput,
  decideDocumentSuggestions,
  decisionAnswer,
} from '../decideSuggestions.ts';

/**
 * Decides suggestions (`decideDocumentSuggestions`) and publishes `suggestions.decided` (other
 * screens read the history and the review list again) and `point.updated` for each point the
 * acceptance closed.
 */
export async function decideSuggestionsAndPublish(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events'>,
  input: DecideSuggestionsInput,
): Promise<DecideSuggestionsResponse> {
  const result = await decideDocumentSuggestions(ctx, input);
  const answer = decisionAnswer(ctx, input.documentId, result);
  if (answer.decided.length === 0) return answer;
  const by = input.actor.userId;
  ctx.events?.publish(result.cooperationId, {
    type: 'suggestions.decided',
    documentId: input.documentId,
    decision: input.decision,
    ids: answer.decided,
    by,
  });
  const replies = repliesOf(ctx.db, result.closedPointIds);
  for (const pointId of result.closedPointIds) {
    const point = findPoint(ctx.db, pointId);
    if (!point) continue;
    ctx.events?.publish(result.cooperationId, {
      type: 'point.updated',
      pointId,
      point: presentPoint(point, replies.get(pointId) ?? []),
      by,
    });
  }
  return answer;
}
