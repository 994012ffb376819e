import type {
  ClauseResponse,
  LifecycleListResponse,
  LifecycleResponse,
  PartResponse,
} from '../../../../shared/api/approvals.ts';
import { isPartId } from '../../../../shared/signedParts.ts';
import { api } from '../../app/http.ts';

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;
/** The approvals of a Pasal (by clause id) or of a part outside the Pasal (`part:…`). */
const approvalsPath = (documentId: string, itemId: string) =>
  `${documentPath(documentId)}/${isPartId(itemId) ? 'parts' : 'clauses'}/${encodeURIComponent(itemId)}/approvals`;

/**
 * Approves a clause for my party at `hash`: the hash of the text I am looking at. The server
 * refuses it (409 `approval.stale_hash`) if its copy already reads differently.
 */
export const approveClause = (documentId: string, clauseId: string, hash: string) =>
  api<ClauseResponse>('POST', approvalsPath(documentId, clauseId), { hash }).then((r) => r.clause);

/** Withdraws my party's approval of a clause. */
export const withdrawApproval = (documentId: string, clauseId: string) =>
  api<ClauseResponse>('DELETE', approvalsPath(documentId, clauseId)).then((r) => r.clause);

/** Approves a part outside the Pasal (opening, closing, printed details, …) for my party at `hash`, as a Pasal. */
export const approvePart = (documentId: string, partId: string, hash: string) =>
  api<PartResponse>('POST', approvalsPath(documentId, partId), { hash }).then((r) => r.part);

/** Withdraws my party's approval of a part outside the Pasal. */
export const withdrawPartApproval = (documentId: string, partId: string) =>
  api<PartResponse>('DELETE', approvalsPath(documentId, partId)).then((r) => r.part);

/** Locks the document (every Pasal and part agreed by every party, complete, no broken reference). */
export const finalizeDocument = (documentId: string) =>
  api<LifecycleResponse>('POST', `${documentPath(documentId)}/finalize`);

/** Back to draft (owner), with the reason kept on record. */
export const reopenDocument = (documentId: string, reason: string) =>
  api<LifecycleResponse>('POST', `${documentPath(documentId)}/reopen`, { reason });

/** Marks a final document as signed (owner) on the date (YYYY-MM-DD) and at the place it prints, which every party approved. */
export const signDocument = (documentId: string, date: string, place: string) =>
  api<LifecycleResponse>('POST', `${documentPath(documentId)}/sign`, { date, place });

/** The document's status changes, oldest first. */
export const getLifecycle = (documentId: string) =>
  api<LifecycleListResponse>('GET', `${documentPath(documentId)}/lifecycle`).then((r) => r.events);
