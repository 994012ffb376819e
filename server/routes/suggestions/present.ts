import type { SuggestionDecisionDTO } from '../../../shared/api/suggestions.ts';
import { iso } from '../../db/repos/sql.ts';
import type { SuggestionDecision } from '../../db/repos/suggestionDecisions.ts';

/** A decided suggestion as the history panel reads it. */
export const presentSuggestionDecision = (d: SuggestionDecision): SuggestionDecisionDTO => ({
  id: d.id,
  suggestionId: d.suggestionId,
  decision: d.decision,
  userId: d.userId,
  partyId: d.partyId,
  at: iso(d.at),
  clauseId: d.clauseId,
  author: { userId: d.authorUserId, partyId: d.authorPartyId, at: d.suggestedAt },
  inserted: d.inserted,
  deleted: d.deleted,
  confirmedStale: d.confirmedStale,
});
