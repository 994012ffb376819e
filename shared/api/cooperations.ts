import { z } from 'zod';
import { idSchema, lineSchema, roleSchema } from './common.ts';

export const partySchema = z.object({
  id: z.string(),
  /** 1 = PIHAK PERTAMA, 2 = PIHAK KEDUA, ... */
  ordinal: z.number().int(),
  name: z.string(),
  shortName: z.string(),
  /** Kedudukan / address. */
  seat: z.string(),
  color: z.string(),
});
export type PartyDTO = z.infer<typeof partySchema>;

export const documentKindSchema = z.enum(['mou', 'pks', 'notes']);
export type DocumentKind = z.infer<typeof documentKindSchema>;
export const documentStatusSchema = z.enum(['draft', 'final', 'signed']);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

/**
 * How far a document is from what finalising needs: its Pasal and its parts outside the Pasal
 * (`shared/signedParts.ts`) that every party agreed to at their content now, out of all.
 */
export const documentProgressSchema = z.object({
  /** Pasal agreed by every party. */
  agreed: z.number().int(),
  /** Pasal in the document. */
  total: z.number().int(),
  /** Parts outside the Pasal (opening, arrangement, closing, printed details, parties, annex). */
  parts: z.object({ agreed: z.number().int(), total: z.number().int() }),
});
export type DocumentProgressDTO = z.infer<typeof documentProgressSchema>;

/** A document as listed in a cooperation. */
export const documentSummarySchema = z.object({
  id: z.string(),
  kind: documentKindSchema,
  title: z.string(),
  status: documentStatusSchema,
  mouId: z.string().nullable(),
  updatedAt: z.string(),
  /**
   * Pasal and parts agreed by every party (MoU and PKS in cooperation listings; absent
   * elsewhere, and for a document that could not be read).
   */
  progress: documentProgressSchema.optional(),
  /** Single, a master PKS or a variant of one (absent: single); the lists fold variants under their master. */
  tier: z.enum(['single', 'master', 'variant']).optional(),
  /** The master a variant follows. */
  masterId: z.string().nullable().optional(),
  /** The unit (OPD) a variant is made for. */
  unitId: z.string().nullable().optional(),
  /** An addendum's or renewal's agreement (in the same list) and which of the two it is. */
  amendsDocumentId: z.string().nullable().optional(),
  amendmentKind: z.enum(['addendum', 'renewal']).nullable().optional(),
});
export type DocumentSummaryDTO = z.infer<typeof documentSummarySchema>;

export const memberSchema = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  position: z.string(),
  partyId: z.string(),
  role: roleSchema,
  signatory: z.boolean(),
  /** The unit (OPD) of their party they belong to (`GET /api/cooperations/:id/units`), or null. */
  unitId: z.string().nullable(),
});
export type MemberDTO = z.infer<typeof memberSchema>;

/** One entry of `GET /api/cooperations`. */
export const cooperationSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  myRole: roleSchema,
  myPartyId: z.string(),
  parties: z.array(partySchema),
  documents: z.array(documentSummarySchema),
});
export type CooperationSummaryDTO = z.infer<typeof cooperationSummarySchema>;

/**
 * What the signed-in member may do in a cooperation, computed by the server's policies
 * (`shared/policies.ts`): the client shows its buttons by these flags and never compares roles.
 */
export const cooperationPermissionsSchema = z.object({
  /** Change the cooperation's settings and its parties' logos. */
  canUpdate: z.boolean(),
  /** Change members' roles and remove members. */
  canManageMembers: z.boolean(),
  /** Invite people (and see and revoke pending invitations). */
  canInvite: z.boolean(),
  /** Create an MoU or PKS, or import one from Word. */
  canCreateDocuments: z.boolean(),
  /** Plan meetings and change them (agenda, attendance). */
  canPlanMeetings: z.boolean(),
  /** Open and close meetings. */
  canRunMeetings: z.boolean(),
  canRaisePoints: z.boolean(),
  canReplyToPoints: z.boolean(),
  canDecidePoints: z.boolean(),
  /** Change the text of points one raised oneself. */
  canEditOwnPoints: z.boolean(),
  canManageActions: z.boolean(),
  /** Report progress on follow-ups one is in charge of. */
  canReportOwnActions: z.boolean(),
  canManageLiaisons: z.boolean(),
});
export type CooperationPermissions = z.infer<typeof cooperationPermissionsSchema>;

/** `GET /api/cooperations/:id`. */
export const cooperationSchema = cooperationSummarySchema.extend({
  description: z.string(),
  /** Export defaults and other per-cooperation settings. */
  settings: z.record(z.string(), z.unknown()),
  members: z.array(memberSchema),
  createdAt: z.string(),
  permissions: cooperationPermissionsSchema,
});
export type CooperationDTO = z.infer<typeof cooperationSchema>;

/** `GET /api/cooperations`: my cooperations, and whether I may start a new one. */
export const cooperationListResponseSchema = z.object({
  cooperations: z.array(cooperationSummarySchema),
  canCreate: z.boolean(),
});
export type CooperationListResponse = z.infer<typeof cooperationListResponseSchema>;
export const cooperationResponseSchema = z.object({ cooperation: cooperationSchema });
export type CooperationResponse = z.infer<typeof cooperationResponseSchema>;

export const partyInputSchema = z.object({
  name: lineSchema(300),
  shortName: lineSchema(100),
  seat: z.string().trim().max(500).optional(),
});

/** `POST /api/cooperations`: the creator becomes owner, member of party `myPartyOrdinal` (default 1). */
export const createCooperationBodySchema = z.object({
  title: lineSchema(500),
  description: z.string().trim().max(5000).optional(),
  parties: z.array(partyInputSchema).min(2).max(30),
  myPartyOrdinal: z.number().int().min(1).optional(),
});
export type CreateCooperationBody = z.infer<typeof createCooperationBodySchema>;

export const cooperationParamsSchema = z.object({ id: idSchema });
