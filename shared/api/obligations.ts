import { z } from 'zod';
import { idSchema } from './common.ts';

/** A calendar date YYYY-MM-DD that exists (no 31 February). */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (d) => {
      const t = Date.parse(`${d}T00:00:00Z`);
      return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
    },
    { message: 'not a calendar date' },
  );

/** A due rule: a date, every N months, or N units after an event (the signing, when `fromSigning`). */
export const dueRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: calendarDateSchema }),
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

/** Who carries an obligation out, and what it asks: the fields people set on one. */
const obligationFields = {
  /** 'party' needs `partyId`; 'all' (PARA PIHAK) and 'each' take none. */
  partyScope: z.enum(['party', 'all', 'each']),
  partyId: idSchema.nullable(),
  /** A unit (OPD) of the obliged party. */
  unitId: idSchema.nullable(),
  /** A liaison of the obliged party (and of the unit, when both are set). */
  liaisonId: idSchema.nullable(),
  text: z.string().trim().min(1).max(2000),
  evidence: z.string().trim().max(2000),
  due: dueRuleSchema.nullable(),
};

/** `POST /api/documents/:id/obligations`: an obligation added by hand, on a Pasal (or ayat) of the document. */
export const createObligationBodySchema = z.object({
  clauseId: idSchema,
  ayatId: idSchema.nullable().default(null),
  partyScope: obligationFields.partyScope,
  partyId: obligationFields.partyId.default(null),
  unitId: obligationFields.unitId.default(null),
  liaisonId: obligationFields.liaisonId.default(null),
  text: obligationFields.text,
  evidence: obligationFields.evidence.default(''),
  due: obligationFields.due.default(null),
});

/** `PATCH /api/obligations/:id`: confirm, dismiss (or return to proposed) and edit any field; at least one. */
export const updateObligationBodySchema = z
  .object({
    status: z.enum(['proposed', 'confirmed', 'dismissed']).optional(),
    partyScope: obligationFields.partyScope.optional(),
    partyId: obligationFields.partyId.optional(),
    unitId: obligationFields.unitId.optional(),
    liaisonId: obligationFields.liaisonId.optional(),
    text: obligationFields.text.optional(),
    evidence: obligationFields.evidence.optional(),
    due: obligationFields.due.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change' });

export const obligationParamsSchema = z.object({ id: idSchema });
export const obligationResponseSchema = z.object({ obligation: obligationSchema });
/** `GET /api/documents/:id/obligations`: every obligation of the document, in the text's order of reading. */
export const obligationListResponseSchema = z.object({ obligations: z.array(obligationSchema) });

export type CreateObligationBody = z.input<typeof createObligationBodySchema>;
export type UpdateObligationBody = z.infer<typeof updateObligationBodySchema>;
export type ObligationListResponse = z.infer<typeof obligationListResponseSchema>;
export type ObligationResponse = z.infer<typeof obligationResponseSchema>;
export type DueRuleDTO = z.infer<typeof dueRuleSchema>;
export type ObligationProposalDTO = z.infer<typeof obligationProposalSchema>;
export type ObligationDTO = z.infer<typeof obligationSchema>;
export type StoredProposalsResponse = z.infer<typeof storedProposalsResponseSchema>;
