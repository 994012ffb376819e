import { z } from 'zod';
import { idSchema } from './common.ts';

/**
 * History, versions, comparison and restore of a document. Times are ISO strings;
 * a "point" of the document is a version id or `current` (the document as it is now).
 */

/** Someone who changed the text, with their party's colour (null user: a system change). */
export const personSchema = z.object({
  userId: z.string().nullable(),
  displayName: z.string(),
  partyId: z.string().nullable(),
  partyName: z.string().nullable(),
  partyShortName: z.string().nullable(),
  color: z.string().nullable(),
});
export type PersonDTO = z.infer<typeof personSchema>;

export const VERSION_KINDS = [
  'manual',
  'meeting',
  'approval',
  'finalized',
  'reopened',
  'signed',
  'auto',
  'round',
] as const;
export const versionKindSchema = z.enum(VERSION_KINDS);
export type VersionKind = z.infer<typeof versionKindSchema>;

/** What changed since the previous version (clause counts). */
export const versionSummarySchema = z.object({
  previousVersionId: z.string().nullable(),
  added: z.number().int(),
  removed: z.number().int(),
  changed: z.number().int(),
  moved: z.number().int(),
});
export type VersionSummaryDTO = z.infer<typeof versionSummarySchema>;

export const versionSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  /** The update of the log this version points at. */
  seq: z.number().int(),
  label: z.string(),
  kind: versionKindSchema,
  author: personSchema.nullable(),
  meetingId: z.string().nullable(),
  at: z.string(),
  summary: versionSummarySchema,
});
export type VersionDTO = z.infer<typeof versionSchema>;

export const versionListResponseSchema = z.object({
  versions: z.array(versionSchema),
  /** Seq of the document's latest update: versions behind it are older than the text now. */
  currentSeq: z.number().int(),
});
export type VersionListResponse = z.infer<typeof versionListResponseSchema>;

/** `POST /api/documents/:id/versions`: a named version of the text as it is now. */
export const createVersionBodySchema = z.object({
  label: z.string().trim().min(1).max(200),
});
export type CreateVersionBody = z.infer<typeof createVersionBodySchema>;

export const versionResponseSchema = z.object({ version: versionSchema });

export const versionParamsSchema = z.object({ id: idSchema, versionId: idSchema });

/** A clause as listed with a version (number and heading from position, hash of its content). */
export const versionClauseSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  heading: z.string(),
  hash: z.string(),
});

/** `GET /api/documents/:id/versions/:versionId`: the text of a version, for read-only viewing. */
export const versionDetailResponseSchema = z.object({
  version: versionSchema,
  /** ProseMirror JSON of the body (agreement schema). */
  body: z.record(z.string(), z.unknown()),
  meta: z.record(z.string(), z.string()),
  clauses: z.array(versionClauseSchema),
});
export type VersionDetailResponse = z.infer<typeof versionDetailResponseSchema>;

/** One step of a word-level diff. */
export const wordOpSchema = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
});
export type WordOp = z.infer<typeof wordOpSchema>;

/** A clause's text at one point: Pasal number, heading, plain text (one line per paragraph). */
export const clauseTextSchema = z.object({
  number: z.number().int().nullable(),
  heading: z.string(),
  text: z.string(),
  hash: z.string().nullable(),
});
export type ClauseTextDTO = z.infer<typeof clauseTextSchema>;

export const clauseChangeKindSchema = z.enum(['added', 'removed', 'changed', 'moved']);

export const clauseHistoryEntrySchema = z.object({
  kind: clauseChangeKindSchema,
  /** The log range of this entry: updates after `fromSeq` up to and including `toSeq`. */
  fromSeq: z.number().int(),
  toSeq: z.number().int(),
  firstAt: z.string(),
  at: z.string(),
  authors: z.array(personSchema),
  before: clauseTextSchema.nullable(),
  after: clauseTextSchema.nullable(),
  ops: z.array(wordOpSchema),
});
export type ClauseHistoryEntryDTO = z.infer<typeof clauseHistoryEntrySchema>;

export const clauseApprovalEventSchema = z.object({
  partyId: z.string(),
  partyName: z.string(),
  color: z.string().nullable(),
  by: personSchema,
  hash: z.string(),
  at: z.string(),
  withdrawnAt: z.string().nullable(),
  /** The approval was given to the clause's text as it is now. */
  current: z.boolean(),
});

export const clausePointEventSchema = z.object({
  id: z.string(),
  text: z.string(),
  state: z.string(),
  decision: z.string(),
  raisedBy: z.string(),
  partyId: z.string().nullable(),
  color: z.string().nullable(),
  meetingId: z.string().nullable(),
  at: z.string(),
  decidedAt: z.string().nullable(),
});

export const clauseParamsSchema = z.object({ id: idSchema, clauseId: idSchema });

/** `?limit=&before=`: the newest `limit` entries (default 200) whose last seq is below `before`. */
export const clauseHistoryQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  before: z.coerce.number().int().min(1).optional(),
});

/** `GET /api/documents/:id/clauses/:clauseId/history`: newest first. */
export const clauseHistoryResponseSchema = z.object({
  clause: z.object({
    id: z.string(),
    /** False when the clause was removed from the document. */
    exists: z.boolean(),
    number: z.number().int().nullable(),
    heading: z.string(),
  }),
  entries: z.array(clauseHistoryEntrySchema),
  /** Older entries exist: ask again with `before` = the last entry's `toSeq`. */
  more: z.boolean(),
  approvals: z.array(clauseApprovalEventSchema),
  points: z.array(clausePointEventSchema),
});
export type ClauseHistoryResponse = z.infer<typeof clauseHistoryResponseSchema>;

/** `?from=&to=`: version ids, or `current`. */
export const compareQuerySchema = z.object({
  from: z.string().min(1).max(64),
  to: z.string().min(1).max(64).default('current'),
});
export type CompareQuery = z.infer<typeof compareQuerySchema>;

export const comparePointSchema = z.object({
  ref: z.string(),
  seq: z.number().int(),
  label: z.string(),
  at: z.string().nullable(),
});

export const clauseComparisonSchema = z.object({
  clauseId: z.string(),
  status: z.enum(['added', 'removed', 'changed', 'unchanged']),
  /** Its place among the other clauses changed (not merely shifted by insertions). */
  moved: z.boolean(),
  /** Its Pasal number differs. */
  renumbered: z.boolean(),
  from: clauseTextSchema.nullable(),
  to: clauseTextSchema.nullable(),
  /** Word-level diff of the text (empty when unchanged). */
  ops: z.array(wordOpSchema),
  /** Who changed this clause between the two points. */
  authors: z.array(personSchema),
});
export type ClauseComparisonDTO = z.infer<typeof clauseComparisonSchema>;

export const compareResponseSchema = z.object({
  from: comparePointSchema,
  to: comparePointSchema,
  /** Clauses in the newer order, removed ones where they stood. */
  clauses: z.array(clauseComparisonSchema),
  counts: z.object({
    added: z.number().int(),
    removed: z.number().int(),
    changed: z.number().int(),
    moved: z.number().int(),
    renumbered: z.number().int(),
    unchanged: z.number().int(),
  }),
  authors: z.array(personSchema),
});
export type CompareResponse = z.infer<typeof compareResponseSchema>;

/** `POST /api/documents/:id/restore`: a clause (or the whole body) as it was in a version. */
export const restoreBodySchema = z.object({
  versionId: idSchema,
  clauseId: idSchema.optional(),
});
export type RestoreBody = z.infer<typeof restoreBodySchema>;

export const restoreResponseSchema = z.object({
  restored: z.enum(['clause', 'document']),
  clauseId: z.string().nullable(),
  /** False when the text already read as in the version (nothing was written). */
  changed: z.boolean(),
  /** The document's latest seq after the restore. */
  seq: z.number().int(),
});
export type RestoreResponse = z.infer<typeof restoreResponseSchema>;
