import { z } from 'zod';
import { idSchema } from './common.ts';
import { documentStatusSchema } from './cooperations.ts';

/**
 * One master PKS, many variants: the master holds the text shared by every OPD's PKS; each
 * variant is made for one unit (OPD) and follows the master clause by clause. A master change
 * reaches every variant that has not changed that clause (an override); a master change to an
 * overridden clause is flagged in the variant for review, never applied.
 */

/** What a document is: an ordinary one, a master PKS, or a variant of one made for a unit. */
export const documentTierSchema = z.enum(['single', 'master', 'variant']);
export type DocumentTier = z.infer<typeof documentTierSchema>;

/** `GET /api/documents/:id/tier`: where a document stands in the two tiers. */
export const documentTierResponseSchema = z.object({
  documentId: idSchema,
  tier: documentTierSchema,
  /** The master a variant follows (null otherwise). */
  masterId: idSchema.nullable(),
  /** The unit a variant is for (null otherwise). */
  unitId: idSchema.nullable(),
  /** How many variants a master has (0 otherwise). */
  variants: z.number().int(),
});
export type DocumentTierResponse = z.infer<typeof documentTierResponseSchema>;

/** `POST /api/documents/:masterId/variants`: "Buat PKS untuk OPD…", one variant per unit. */
export const createVariantsBodySchema = z.object({
  unitIds: z
    .array(idSchema)
    .min(1)
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'unitIds repeats a unit' }),
});
export type CreateVariantsBody = z.infer<typeof createVariantsBodySchema>;

export const createdVariantSchema = z.object({
  documentId: idSchema,
  unitId: idSchema,
  title: z.string(),
});
export const createVariantsResponseSchema = z.object({ variants: z.array(createdVariantSchema) });
export type CreateVariantsResponse = z.infer<typeof createVariantsResponseSchema>;

/** A variant's state on the board: the document's status, and `agreed` once every item is. */
export const variantStateSchema = z.enum(['draft', 'agreed', 'final', 'signed']);
export type VariantState = z.infer<typeof variantStateSchema>;

/** The unit a variant is for, as the board shows it. */
export const variantUnitSchema = z.object({
  id: idSchema,
  name: z.string(),
  shortName: z.string(),
  headName: z.string(),
  headPosition: z.string(),
});

/** One party's approvals of a variant: the Pasal and parts it approved at their text now. */
export const partyApprovalCountSchema = z.object({
  partyId: idSchema,
  approved: z.number().int(),
  total: z.number().int(),
});

/** One row of the variants board (`GET /api/documents/:masterId/variants`). */
export const variantRowSchema = z.object({
  documentId: idSchema,
  title: z.string(),
  unit: variantUnitSchema.nullable(),
  state: variantStateSchema,
  status: documentStatusSchema,
  /** Pasal agreed by every party / all Pasal. */
  agreed: z.number().int(),
  total: z.number().int(),
  approvals: z.array(partyApprovalCountSchema),
  /** Master changes not in this variant: flagged for review, or waiting while it is final. */
  pendingMasterChanges: z.number().int(),
  /** Flagged clauses (a master change met an override): the part of the pending changes that needs a decision. */
  flagged: z.number().int(),
  /** Clauses whose text differs from the master's as last synced (changed, added or removed here). */
  overrides: z.number().int(),
  /** The unit's liaisons (names); none appointed when empty. */
  liaisons: z.array(z.string()),
  /** Last change (ISO time). */
  updatedAt: z.string(),
});
export type VariantRow = z.infer<typeof variantRowSchema>;

export const variantBoardSchema = z.object({
  master: z.object({ documentId: idSchema, title: z.string(), updatedAt: z.string() }),
  variants: z.array(variantRowSchema),
});
export type VariantBoard = z.infer<typeof variantBoardSchema>;

/**
 * How a variant's clause differs from its master:
 * - `changed`: its text differs from the master's clause as last synced;
 * - `added`: the variant has a Pasal the master does not;
 * - `removed`: the variant deleted a Pasal the master has.
 */
export const overrideKindSchema = z.enum(['changed', 'added', 'removed']);
export type OverrideKind = z.infer<typeof overrideKindSchema>;

/**
 * Why a clause waits for review: the master changed (`changed`) or deleted (`deleted`) a clause
 * this variant overrides. Never applied by itself: drop the override (take the master's) or keep it.
 */
export const overrideFlagSchema = z.enum(['changed', 'deleted']);
export type OverrideFlag = z.infer<typeof overrideFlagSchema>;

/** One side of a comparison: the clause as ProseMirror JSON and its plain text (lines). */
export const clauseSideSchema = z.object({
  json: z.record(z.string(), z.unknown()),
  text: z.string(),
  hash: z.string(),
});

/** One clause of a variant that differs from its master or is flagged. */
export const overrideSchema = z.object({
  clauseId: idSchema,
  /** "Pasal 3" where the clause stands in the variant (or in the master when removed here). */
  label: z.string(),
  heading: z.string(),
  /** null: not overridden, only flagged (cannot happen today; kept for the client's switch). */
  kind: overrideKindSchema.nullable(),
  flag: overrideFlagSchema.nullable(),
  /** The master's clause now (null: the master has none). */
  master: clauseSideSchema.nullable(),
  /** The variant's clause now (null: removed here). */
  variant: clauseSideSchema.nullable(),
  /** The master's clause as the variant last took it (null: a Pasal only the variant has). */
  base: clauseSideSchema.nullable(),
});
export type OverrideDTO = z.infer<typeof overrideSchema>;

/** `GET /api/documents/:id/overrides`: a variant's overrides and flags, in the variant's order. */
export const overrideListSchema = z.object({
  documentId: idSchema,
  masterId: idSchema,
  overrides: z.array(overrideSchema),
});
export type OverrideList = z.infer<typeof overrideListSchema>;

export const overrideParamsSchema = z.object({ id: idSchema, clauseId: idSchema });

/**
 * `POST /api/documents/:id/overrides/:clauseId/drop` (the variant takes the master's text:
 * replaced, re-inserted, or removed when the master has none) and `…/keep` (a flagged master
 * change is acknowledged, the variant's text stays and the base moves to the master's now).
 */
export const overrideDecisionResponseSchema = z.object({
  clauseId: idSchema,
  /** Whether the variant's text changed. */
  changed: z.boolean(),
  /** The clause after the decision (null: it is no longer overridden nor flagged). */
  override: overrideSchema.nullable(),
});
export type OverrideDecisionResponse = z.infer<typeof overrideDecisionResponseSchema>;

/** Events of the two tiers on a cooperation's stream (members of `shared/api/events.ts`). */
export const variantEventSchemas = [
  /** A PKS became a master. */
  z.object({ type: z.literal('document.master'), documentId: idSchema, by: idSchema }),
  /** Variants were made of `masterId` (each also announced by `document.created`). */
  z.object({
    type: z.literal('variants.created'),
    masterId: idSchema,
    documentIds: z.array(idSchema),
    by: idSchema,
  }),
  /**
   * A master change reached its variants: `applied` clause changes written into `documentIds`,
   * `flagged` clauses newly waiting for review; `durationMs` the time the run took.
   */
  z.object({
    type: z.literal('variants.synced'),
    masterId: idSchema,
    documentIds: z.array(idSchema),
    applied: z.number().int(),
    flagged: z.number().int(),
    durationMs: z.number(),
  }),
  /** A variant's overrides or flags changed (a drop, a keep, or a sync that flagged). */
  z.object({
    type: z.literal('variant.overrides'),
    documentId: idSchema,
    masterId: idSchema,
    clauseId: idSchema.nullable(),
  }),
] as const;
