import type {
  CreateObligationBody,
  ObligationDTO,
  ObligationListResponse,
  ObligationResponse,
  StoredProposalsResponse,
  UpdateObligationBody,
} from '../../../../shared/api/obligations.ts';
import { api } from '../../app/http.ts';

export type Obligation = ObligationDTO;

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/obligations`;
const obligationPath = (id: string) => `/api/obligations/${encodeURIComponent(id)}`;

/** Every obligation of a document: proposed, confirmed and dismissed, in the text's order. */
export const listObligations = (documentId: string) =>
  api<ObligationListResponse>('GET', documentPath(documentId)).then((r) => r.obligations);

/** Stores what the final or signed text proposes (only what is new); answers the added ones. */
export const proposeFromText = (documentId: string) =>
  api<StoredProposalsResponse>('POST', `${documentPath(documentId)}/proposals`, {});

export const addObligation = (documentId: string, body: CreateObligationBody) =>
  api<ObligationResponse>('POST', documentPath(documentId), body).then((r) => r.obligation);

export const updateObligation = (id: string, body: UpdateObligationBody) =>
  api<ObligationResponse>('PATCH', obligationPath(id), body).then((r) => r.obligation);
