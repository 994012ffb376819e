import { z } from 'zod';

/** A due rule: a date, every N months, or N units after an event (the signing, when `fromSigning`). */
export const dueRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  z.object({ kind: z.literal('recurring'), everyMonths: z.number().int().min(1).max(120) }),
  z.object({
    kind: z.literal('after_event'),
    amount: z.number().int().min(1).max(3650),
    unit: z.enum(['working_day', 'day', 'month', 'year']),
    event: z.string().max(500),
    fromSigning: z.boolean(),
  }),
]);

/** Who is bound: one party (its ordinal in the text), the parties together, or each on its own. */
export const obligedPartySchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('party'), label: z.string(), ordinal: z.number().int().min(1) }),
  z.object({ scope: z.literal('all'), label: z.string() }),
  z.object({ scope: z.literal('each'), label: z.string() }),
]);

/** An obligation read from the text (shared/obligations/propose.ts), not yet stored. */
export const obligationProposalSchema = z.object({
  key: z.string(),
  clauseId: z.string(),
  ayatId: z.string().nullable(),
  path: z.string(),
  party: obligedPartySchema,
  text: z.string(),
  due: dueRuleSchema.nullable(),
  cue: z.string(),
});

/** A stored obligation, as the API gives it. */
export const obligationSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  clauseId: z.string(),
  ayatId: z.string().nullable(),
  clausePath: z.string(),
  partyScope: z.enum(['party', 'all', 'each']),
  partyId: z.string().nullable(),
  partyLabel: z.string(),
  unitId: z.string().nullable(),
  liaisonId: z.string().nullable(),
  text: z.string(),
  evidence: z.string(),
  due: dueRuleSchema.nullable(),
  source: z.enum(['proposed', 'manual']),
  status: z.enum(['proposed', 'confirmed', 'dismissed']),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** `GET /api/documents/:id/obligations/proposals`: what the final or signed text proposes. */
export const obligationProposalsResponseSchema = z.object({ proposals: z.array(obligationProposalSchema) });

/** `POST /api/documents/:id/obligations/proposals`: those stored now, and every obligation of the document. */
export const storedProposalsResponseSchema = z.object({
  added: z.array(obligationSchema),
  obligations: z.array(obligationSchema),
});

export type DueRuleDTO = z.infer<typeof dueRuleSchema>;
export type ObligationProposalDTO = z.infer<typeof obligationProposalSchema>;
export type ObligationDTO = z.infer<typeof obligationSchema>;
export type StoredProposalsResponse = z.infer<typeof storedProposalsResponseSchema>;
