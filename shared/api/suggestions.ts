import { z } from 'zod';
import { idSchema } from './common.ts';

/** A suggestion's id as the stamps carry it (`shared/suggestions/stamp.ts`). */
const suggestionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a suggestion id');

/**
 * `POST /api/documents/:id/suggestions/decisions`: accept or reject the selected suggestions
 * the caller may decide (by `ids`, a Pasal's, a party's; none of the three: every one pending).
 * An author rejecting their own suggestion withdraws it. `confirm` decides a suggestion whose
 * Pasal changed since it was made (otherwise 409 `suggestion.stale` lists what would be removed).
 */
export const decideSuggestionsBodySchema = z.object({
  decision: z.enum(['accept', 'reject']),
  ids: z.array(suggestionIdSchema).min(1).max(1000).optional(),
  clauseId: idSchema.optional(),
  party: idSchema.optional(),
  confirm: z.boolean().optional(),
});
export type DecideSuggestionsBody = z.infer<typeof decideSuggestionsBodySchema>;

/** What a decision answers: the suggestions decided and the document's update-log seq after it. */
export const decideSuggestionsResponseSchema = z.object({
  decided: z.array(z.string()),
  seq: z.number().int(),
});
export type DecideSuggestionsResponse = z.infer<typeof decideSuggestionsResponseSchema>;

export const suggestionDecisionKindSchema = z.enum(['accept', 'reject', 'withdraw']);

/** One decided suggestion as recorded: what it proposed, by whom, and who decided it when. */
export const suggestionDecisionSchema = z.object({
  id: z.string(),
  suggestionId: z.string(),
  decision: suggestionDecisionKindSchema,
  /** Who decided, for which party, when (ISO). */
  userId: z.string(),
  partyId: z.string(),
  at: z.string(),
  clauseId: z.string().nullable(),
  /** Who proposed it, for which party, when (ISO). */
  author: z.object({ userId: z.string(), partyId: z.string(), at: z.string() }),
  inserted: z.string(),
  deleted: z.string(),
  /** Decided although its Pasal had changed since it was made (the decider confirmed). */
  confirmedStale: z.boolean(),
});
export type SuggestionDecisionDTO = z.infer<typeof suggestionDecisionSchema>;

/** `GET /api/documents/:id/suggestions/decisions`: the record, newest first. */
export const suggestionDecisionListSchema = z.object({ decisions: z.array(suggestionDecisionSchema) });
export type SuggestionDecisionList = z.infer<typeof suggestionDecisionListSchema>;
