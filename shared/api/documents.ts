import { z } from 'zod';
import { clauseStateSchema } from './clauseStates.ts';
import { idSchema } from './common.ts';
import { documentKindSchema, documentStatusSchema } from './cooperations.ts';

/** `POST /api/cooperations/:id/documents`: a new MoU or PKS from the templates. */
export const createDocumentBodySchema = z.object({
  kind: z.enum(['mou', 'pks']),
  title: z.string().trim().min(1).max(500).optional(),
  subject: z.string().trim().max(1000).optional(),
  /** For a PKS: the MoU (in the same cooperation) it implements. */
  mouId: idSchema.optional(),
});
export type CreateDocumentBody = z.infer<typeof createDocumentBodySchema>;

export const documentParamsSchema = z.object({ id: idSchema });

/** One party's approval of a clause at a content hash (filled by the approvals feature). */
export const approvalSchema = z.object({
  partyId: z.string(),
  userId: z.string(),
  hash: z.string(),
  at: z.string(),
  /** False when the clause changed after this approval (the approval is stale). */
  current: z.boolean(),
});
export type ApprovalDTO = z.infer<typeof approvalSchema>;

export const clauseSummarySchema = z.object({
  id: z.string(),
  /** Pasal number, derived from position. */
  number: z.number().int(),
  heading: z.string(),
  /** SHA-256 of the clause's canonical JSON (`shared/clauses.ts`). */
  hash: z.string(),
  /** `draft`, `partial`, `agreed` or `changed` (see `shared/api/clauseStates.ts`). */
  state: clauseStateSchema,
  approvals: z.array(approvalSchema),
});
export type ClauseSummaryDTO = z.infer<typeof clauseSummarySchema>;

export const documentSchema = z.object({
  id: z.string(),
  cooperationId: z.string(),
  kind: documentKindSchema,
  title: z.string(),
  status: documentStatusSchema,
  mouId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The Y.Map "meta" as plain strings (`shared/meta.ts`). */
  meta: z.record(z.string(), z.string()),
  clauses: z.array(clauseSummarySchema),
  /** Result of the completeness check, or null when not computed. */
  completeness: z.unknown().nullable(),
});
export type DocumentDTO = z.infer<typeof documentSchema>;

export const documentPermissionsSchema = z.object({
  canEdit: z.boolean(),
  canComment: z.boolean(),
  canApprove: z.boolean(),
});
export type DocumentPermissions = z.infer<typeof documentPermissionsSchema>;

export const documentResponseSchema = z.object({
  document: documentSchema,
  permissions: documentPermissionsSchema,
});
export type DocumentResponse = z.infer<typeof documentResponseSchema>;

/** `POST /api/cooperations/:id/documents` answers with the summary plus its cooperation. */
export const createdDocumentResponseSchema = z.object({
  document: z.object({
    id: z.string(),
    cooperationId: z.string(),
    kind: documentKindSchema,
    title: z.string(),
    status: documentStatusSchema,
    mouId: z.string().nullable(),
    updatedAt: z.string(),
  }),
});
export type CreatedDocumentResponse = z.infer<typeof createdDocumentResponseSchema>;
