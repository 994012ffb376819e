import type {
  CooperationDTO,
  CooperationListResponse,
  CooperationPermissions,
  CooperationResponse,
  CooperationSummaryDTO,
  CreateCooperationBody,
  MemberDTO,
  PartyDTO,
} from '../../../../shared/api/cooperations.ts';
import type { CreateDocumentBody, CreatedDocumentResponse } from '../../../../shared/api/documents.ts';
import type { MemberResponse, UpdateMemberBody } from '../../../../shared/api/members.ts';
import { cooperationTimeZone } from '../../../../shared/timeZones.ts';
import { api, upload } from '../../app/http.ts';
import { showTimesIn } from '../../i18n/timeZone.ts';

export type { Role } from '../../../../shared/api/common.ts';
export type Cooperation = CooperationDTO;
export type CooperationSummary = CooperationSummaryDTO;
export type Party = PartyDTO;
export type Member = MemberDTO;

/** Roles weakest first, as the server orders them (for choosing one; what a role may do is the server's flags). */
export { ROLES } from '../../../../shared/api/common.ts';

/** My cooperations, and whether the server lets me start one. */
export const listCooperations = () =>
  api<CooperationListResponse>('GET', '/api/cooperations').then((r) => ({
    cooperations: r.cooperations,
    // An answer kept offline by an older version has no flag: offer nothing it cannot promise.
    canCreate: r.canCreate === true,
  }));

/** Nothing allowed: for an answer kept offline before the server sent permissions. */
const NO_PERMISSIONS: CooperationPermissions = {
  canUpdate: false,
  canManageMembers: false,
  canInvite: false,
  canCreateDocuments: false,
  canPlanMeetings: false,
  canRunMeetings: false,
  canRaisePoints: false,
  canReplyToPoints: false,
  canDecidePoints: false,
  canEditOwnPoints: false,
  canManageActions: false,
  canReportOwnActions: false,
  canManageLiaisons: false,
};

/** A cooperation in full; from here on the screen shows times in its zone (WIB, WITA or WIT). */
export const getCooperation = (id: string) =>
  api<CooperationResponse>('GET', `/api/cooperations/${encodeURIComponent(id)}`).then((r) => {
    showTimesIn(cooperationTimeZone(r.cooperation.settings));
    return { ...r.cooperation, permissions: { ...NO_PERMISSIONS, ...r.cooperation.permissions } };
  });

export const createCooperation = (body: CreateCooperationBody) =>
  api<CooperationResponse>('POST', '/api/cooperations', body).then((r) => r.cooperation);

export const createDocument = (cooperationId: string, body: CreateDocumentBody) =>
  api<CreatedDocumentResponse>(
    'POST',
    `/api/cooperations/${encodeURIComponent(cooperationId)}/documents`,
    body,
  ).then((r) => r.document);

const memberPath = (cooperationId: string, userId?: string) =>
  `/api/cooperations/${encodeURIComponent(cooperationId)}/members${userId ? `/${encodeURIComponent(userId)}` : ''}`;

export const updateMember = (cooperationId: string, userId: string, body: UpdateMemberBody) =>
  api<MemberResponse>('PATCH', memberPath(cooperationId, userId), body);

export const removeMember = (cooperationId: string, userId: string) =>
  api<unknown>('DELETE', memberPath(cooperationId, userId));

const logoPath = (cooperationId: string, partyId: string) =>
  `/api/cooperations/${encodeURIComponent(cooperationId)}/parties/${encodeURIComponent(partyId)}/logo`;

/** Where a party's logo is read (404 while it has none); `version` defeats the browser cache after an upload. */
export const logoUrl = (cooperationId: string, partyId: string, version = 0) =>
  `${logoPath(cooperationId, partyId)}${version ? `?v=${version}` : ''}`;

/** Replaces a party's logo (PNG or JPEG, at most 1 MiB); owner only. */
export const uploadLogo = (cooperationId: string, partyId: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return upload<null>('PUT', logoPath(cooperationId, partyId), form);
};
