import type {
  AcceptedInvitationResponse,
  CreateAccountBody,
  CreatedInvitationResponse,
  CreateInvitationBody,
  InvitationDTO,
  InvitationListResponse,
  InvitationPreviewDTO,
  InvitationPreviewResponse,
} from '../../../../shared/api/invitations.ts';
import { api } from '../../app/http.ts';

export type Invitation = InvitationDTO;
export type InvitationPreview = InvitationPreviewDTO;

const listPath = (cooperationId: string) =>
  `/api/cooperations/${encodeURIComponent(cooperationId)}/invitations`;
const linkPath = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

/** Pending invitations of a cooperation (owners). */
export const listInvitations = (cooperationId: string) =>
  api<InvitationListResponse>('GET', listPath(cooperationId)).then((r) => r.invitations);

/** Invites someone; the answer holds the one-time link, shown once. */
export const createInvitation = (cooperationId: string, body: CreateInvitationBody) =>
  api<CreatedInvitationResponse>('POST', listPath(cooperationId), body);

export const revokeInvitation = (cooperationId: string, invitationId: string) =>
  api<unknown>('DELETE', `${listPath(cooperationId)}/${encodeURIComponent(invitationId)}`);

/** What a link invites to (anyone holding it). */
export const getInvitation = (token: string) =>
  api<InvitationPreviewResponse>('GET', linkPath(token)).then((r): InvitationPreview => r.invitation);

/** The signed-in user accepts. */
export const acceptInvitation = (token: string) =>
  api<AcceptedInvitationResponse>('POST', `${linkPath(token)}/accept`, {});

/** A new account from the link: the server signs it in (session cookie). */
export const createAccount = (token: string, body: CreateAccountBody) =>
  api<AcceptedInvitationResponse>('POST', `${linkPath(token)}/account`, body);
