import { z } from 'zod';
import { PART_IDS, type PartId } from '../signedParts.ts';
import { idSchema, lineSchema } from './common.ts';
import { documentStatusSchema } from './cooperations.ts';
import { clauseSummarySchema, partSummarySchema } from './documents.ts';

export {
  CLAUSE_STATE_LABELS,
  CLAUSE_STATES,
  type ClauseState,
  clauseStateOf,
  clauseStateSchema,
} from './clauseStates.ts';

/** `/api/documents/:id/clauses/:clauseId/approvals`. */
export const clauseParamsSchema = z.object({ id: idSchema, clauseId: idSchema });

/** SHA-256 hex of a clause (`clauseHash` in shared/clauses.ts). */
export const clauseHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex hash');

/**
 * `POST .../approvals`: approve the clause for the caller's own party. `hash` is the clause's
 * hash as the caller read it (from `GET /api/documents/:id` or computed with `clauseHash`);
 * the server refuses it (409 `approval.stale_hash`) unless it is the hash of the text now.
 */
export const approveClauseBodySchema = z.object({ hash: clauseHashSchema });
export type ApproveClauseBody = z.infer<typeof approveClauseBodySchema>;

/** The clause after an approval or a withdrawal: number, heading, hash, state, approvals. */
export const clauseResponseSchema = z.object({ clause: clauseSummarySchema });
export type ClauseResponse = z.infer<typeof clauseResponseSchema>;

/** `/api/documents/:id/parts/:partId/approvals`: `part:opening`, `part:meta`, … (`shared/signedParts.ts`). */
export const partParamsSchema = z.object({
  id: idSchema,
  partId: z
    .enum(PART_IDS as [PartId, ...PartId[]])
    .describe('a part id from `GET /api/documents/:id` (parts)'),
});

/**
 * `POST .../parts/:partId/approvals`: approve a part for the caller's own party; `hash` is the
 * part's hash as the caller read it (from `GET /api/documents/:id` or `shared/signedParts.ts`).
 */
export const approvePartBodySchema = approveClauseBodySchema;

/** The part after an approval or a withdrawal: label, hash, state, approvals. */
export const partResponseSchema = z.object({ part: partSummarySchema });
export type PartResponse = z.infer<typeof partResponseSchema>;

/** An approval as recorded, withdrawn ones included (`GET /api/documents/:id/approvals`). */
export const approvalRecordSchema = z.object({
  /** The clause id, or the part id (`part:…`) for a part outside the Pasal. */
  clauseId: z.string(),
  partyId: z.string(),
  userId: z.string(),
  hash: z.string(),
  at: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
});
export type ApprovalRecordDTO = z.infer<typeof approvalRecordSchema>;
export const approvalHistoryResponseSchema = z.object({ approvals: z.array(approvalRecordSchema) });
export type ApprovalHistoryResponse = z.infer<typeof approvalHistoryResponseSchema>;

/** `POST /api/documents/:id/reopen` (owner): back to draft; the reason is kept on record. */
export const reopenBodySchema = z.object({ reason: lineSchema(2000) });
export type ReopenBody = z.infer<typeof reopenBodySchema>;

/**
 * `POST /api/documents/:id/sign` (owner, from final): the date (ISO `YYYY-MM-DD`, a real day,
 * not later than tomorrow) and place of signing, which must be those the final text prints
 * (its `meta.date` and `meta.place`, approved by every party): signing changes nothing in it.
 */
export const signBodySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
  place: lineSchema(200),
});
export type SignBody = z.infer<typeof signBodySchema>;

export const lifecycleActionSchema = z.enum(['finalize', 'reopen', 'sign']);

/** One change of status: who, when, and why (reopen) or where and when it was signed. */
export const lifecycleEventSchema = z.object({
  action: lifecycleActionSchema,
  fromStatus: documentStatusSchema,
  toStatus: documentStatusSchema,
  userId: z.string(),
  at: z.string(),
  reason: z.string().nullable(),
  signedDate: z.string().nullable(),
  signedPlace: z.string().nullable(),
});
export type LifecycleEventDTO = z.infer<typeof lifecycleEventSchema>;

/** What finalise, reopen and sign answer: the new status and the event recorded. */
export const lifecycleResponseSchema = z.object({
  document: z.object({ id: z.string(), status: documentStatusSchema, updatedAt: z.string() }),
  event: lifecycleEventSchema,
});
export type LifecycleResponse = z.infer<typeof lifecycleResponseSchema>;

/** `GET /api/documents/:id/lifecycle`: every status change, oldest first. */
export const lifecycleListResponseSchema = z.object({ events: z.array(lifecycleEventSchema) });
export type LifecycleListResponse = z.infer<typeof lifecycleListResponseSchema>;
