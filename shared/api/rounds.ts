import { z } from 'zod';
import { personSchema } from './history.ts';

/**
 * Negotiation rounds of a document: "Kirim ke pihak lain" freezes the text and its suggestions
 * as a version of kind `round` sent by one party; the list says what each round proposed and
 * what became of it before the next round (`docs/SUGGESTIONS.md`). Times are ISO strings.
 */

/** `POST /api/documents/:id/rounds`: send the text as it is now to the other party. */
export const sendRoundBodySchema = z.object({
  /** The round's name; default "Putaran N — dikirim oleh <party>". */
  name: z.string().trim().min(1).max(200).optional(),
  /** The other party (or parties) may only suggest from now on. */
  limitOtherParty: z.boolean().optional(),
});
export type SendRoundBody = z.infer<typeof sendRoundBodySchema>;

/** What became of a suggestion a round proposed, by the next round (or now, for the last one). */
export const roundOutcomeSchema = z.enum(['accepted', 'rejected', 'withdrawn', 'pending']);
export type RoundOutcome = z.infer<typeof roundOutcomeSchema>;

/** One suggestion a round proposed (by the sending party), with its outcome. */
export const roundSuggestionSchema = z.object({
  id: z.string(),
  clauseId: z.string().nullable(),
  /** The Pasal number in the round's text (null: outside the Pasal). */
  clauseNumber: z.number().int().nullable(),
  author: personSchema,
  ts: z.string(),
  inserted: z.string(),
  deleted: z.string(),
  formats: z.number().int(),
  blocks: z.number().int(),
  outcome: roundOutcomeSchema,
});
export type RoundSuggestionDTO = z.infer<typeof roundSuggestionSchema>;

export const roundPartySchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  color: z.string().nullable(),
});

export const roundCountsSchema = z.object({
  proposed: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  withdrawn: z.number().int(),
  pending: z.number().int(),
});
export type RoundCounts = z.infer<typeof roundCountsSchema>;

export const roundSchema = z.object({
  number: z.number().int(),
  /** The version holding the round's text: compare two rounds as two versions. */
  versionId: z.string(),
  label: z.string(),
  seq: z.number().int(),
  at: z.string(),
  party: roundPartySchema,
  by: personSchema.nullable(),
  limitOtherParty: z.boolean(),
  proposed: z.array(roundSuggestionSchema),
  counts: roundCountsSchema,
  /** Where the outcomes were read up to: the next round's version, or `current` for the last. */
  until: z.string(),
  /**
   * How the outcomes are known: `record` when every decided suggestion has a decision recorded
   * by the server; `comparison` when some were read from the text (decided by writing it
   * directly: gone with its text in place is accepted, gone with the old text rejected).
   */
  outcomesFrom: z.enum(['record', 'comparison']),
});
export type RoundDTO = z.infer<typeof roundSchema>;

/** `GET /api/documents/:id/rounds`: oldest first. */
export const roundListResponseSchema = z.object({
  rounds: z.array(roundSchema),
  /** The caller may send the next round (an editor or owner, on a draft). */
  canSend: z.boolean(),
});
export type RoundListResponse = z.infer<typeof roundListResponseSchema>;

export const roundResponseSchema = z.object({ round: roundSchema });
export type RoundResponse = z.infer<typeof roundResponseSchema>;
