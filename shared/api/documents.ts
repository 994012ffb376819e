import { z } from 'zod';
import { documentAmendmentsSchema } from './amendments.ts';
import { clauseStateSchema } from './clauseStates.ts';
import { agreementKindSchema, bilingualSchema, idSchema } from './common.ts';
import { documentKindSchema, documentStatusSchema } from './cooperations.ts';

/** `POST /api/cooperations/:id/documents`: a new MoU or PKS from the templates. */
export const createDocumentBodySchema = z.object({
  kind: agreementKindSchema,
  title: z.string().trim().min(1).max(500).optional(),
  subject: z.string().trim().max(1000).optional(),
  /** For a PKS: the MoU (in the same cooperation) it implements. */
  mouId: idSchema.optional(),
  /** For a PKS: a master, made from the template with variables where each OPD's variant differs. */
  master: z.boolean().optional(),
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

/**
 * What a Pasal and a part outside the Pasal share: the hash of their text, the state of the
 * parties' approvals (`draft`, `partial`, `agreed` or `changed`, see `shared/api/clauseStates.ts`)
 * and the approvals themselves.
 */
const approvedItemFields = {
  hash: z.string(),
  state: clauseStateSchema,
  approvals: z.array(approvalSchema),
};

export const clauseSummarySchema = z.object({
  id: z.string(),
  /** Pasal number, derived from position. */
  number: z.number().int(),
  heading: z.string(),
  /** SHA-256 of the clause's canonical JSON (`shared/clauses.ts`). */
  ...approvedItemFields,
});
export type ClauseSummaryDTO = z.infer<typeof clauseSummarySchema>;

/**
 * A part of the signed text outside the Pasal (`shared/signedParts.ts`): the opening, the
 * arrangement and text outside any Pasal, the closing, the printed details, the parties and,
 * for a PKS, the liaisons annex. Approved per party like a Pasal, at a hash.
 */
export const partSummarySchema = z.object({
  /** `part:opening`, `part:arrangement`, … (never a clause id). */
  id: z.string(),
  label: bilingualSchema,
  /** SHA-256 of exactly what the export prints from the part. */
  ...approvedItemFields,
});
export type PartSummaryDTO = z.infer<typeof partSummarySchema>;

/**
 * What a final or signed document was approved as: the fingerprint of every Pasal and part
 * with the hash every party approved, in the order of the paper, printed in the export's footer.
 */
export const fingerprintSchema = z.object({
  /** SHA-256 hex of the ordered list of item ids and approved hashes. */
  full: z.string(),
  /** Its first 64 bits as printed: `A1B2-C3D4-E5F6-0718`. */
  short: z.string(),
  /** The update-log seq of the document when it was finalised ("Versi" in the footer). */
  version: z.number().int(),
});
export type FingerprintDTO = z.infer<typeof fingerprintSchema>;

/** Who a document is and where it stands: what the full document and its summary share. */
const documentIdentityFields = {
  id: z.string(),
  cooperationId: z.string(),
  kind: documentKindSchema,
  title: z.string(),
  status: documentStatusSchema,
  mouId: z.string().nullable(),
};

/** A party as a document prints it (`printedParties`). */
export const printedPartySchema = z.object({
  id: z.string(),
  ordinal: z.number().int(),
  name: z.string(),
  shortName: z.string(),
  /** Who signs for it from the records (a variant's OPD head); absent, the Info fields sign. */
  signatory: z
    .object({ name: z.string(), position: z.string(), nip: z.string(), kuasaRef: z.string() })
    .optional(),
});
export type PrintedPartyDTO = z.infer<typeof printedPartySchema>;

export const documentSchema = z.object({
  ...documentIdentityFields,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The Y.Map "meta" as plain strings (`shared/meta.ts`). */
  meta: z.record(z.string(), z.string()),
  clauses: z.array(clauseSummarySchema),
  /** The parts outside the Pasal, each approved like a Pasal. */
  parts: z.array(partSummarySchema),
  /** What was approved, for a final or signed document; null for a draft. */
  fingerprint: fingerprintSchema.nullable(),
  /** Suggestions not yet accepted or rejected, by the clause id of their Pasal (none: absent). */
  pendingByClause: z.record(z.string(), z.number().int()),
  /** Result of the completeness check, or null when not computed. */
  completeness: z.unknown().nullable(),
  /** Single, a master PKS or a variant of one (absent: single). */
  tier: z.enum(['single', 'master', 'variant']).optional(),
  /**
   * The values of the variables of a master PKS's text for this document (`shared/variables/`):
   * a variant's chips show them, and the completeness check lists a variable without one.
   */
  variables: z.record(z.string(), z.string()).optional(),
  /**
   * An MoU's or PKS's parties as its paper prints them (title and signatures): a variant's OPD
   * stands in for its party, its head signing under the surat kuasa; a final document's are
   * those it was finalised with.
   */
  printedParties: z.array(printedPartySchema).optional(),
  /** What this agreement amends or renews, and its addenda and renewals (absent: none either way). */
  amendments: documentAmendmentsSchema.optional(),
});
export type DocumentDTO = z.infer<typeof documentSchema>;

/** What the member may do with the document now, from the policies (`shared/policies.ts`). */
export const documentPermissionsSchema = z.object({
  canEdit: z.boolean(),
  /** May change the text by suggestions (suggester and up, in a draft). */
  canSuggest: z.boolean(),
  /** May change the text only by suggestions: a suggester, or a member of a party limited to them. */
  mustSuggest: z.boolean(),
  canComment: z.boolean(),
  canApprove: z.boolean(),
  canFinalize: z.boolean(),
  canReopen: z.boolean(),
  canSign: z.boolean(),
  /** May start an addendum or a renewal of it (editor or owner, once final or signed). */
  canAmend: z.boolean().optional(),
  canSaveVersion: z.boolean(),
  canRestore: z.boolean(),
});
export type DocumentPermissions = z.infer<typeof documentPermissionsSchema>;

export const documentResponseSchema = z.object({
  document: documentSchema,
  permissions: documentPermissionsSchema,
});
export type DocumentResponse = z.infer<typeof documentResponseSchema>;

/** A new document as the create and import calls answer: its identity and status, no content. */
export const documentSummarySchema = z.object({ ...documentIdentityFields, updatedAt: z.string() });

/** `POST /api/cooperations/:id/documents` answers with the summary plus its cooperation. */
export const createdDocumentResponseSchema = z.object({ document: documentSummarySchema });
export type CreatedDocumentResponse = z.infer<typeof createdDocumentResponseSchema>;
