import type {
  ClauseResponse,
  LifecycleListResponse,
  LifecycleResponse,
} from '../../../../shared/api/approvals.ts';
import { api } from '../../app/http.ts';

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;
const approvalsPath = (documentId: string, clauseId: string) =>
  `${documentPath(documentId)}/clauses/${encodeURIComponent(clauseId)}/approvals`;

/**
 * Approves a clause for my party at `hash`: the hash of the text I am looking at. The server
 * refuses it (409 `approval.stale_hash`) if its copy already reads differently.
 */
export const approveClause = (documentId: string, clauseId: string, hash: string) =>
  api<ClauseResponse>('POST', approvalsPath(documentId, clauseId), { hash }).then((r) => r.clause);

/** Withdraws my party's approval of a clause. */
export const withdrawApproval = (documentId: string, clauseId: string) =>
  api<ClauseResponse>('DELETE', approvalsPath(documentId, clauseId)).then((r) => r.clause);

/** Locks the document (every Pasal agreed by every party, no broken reference). */
export const finalizeDocument = (documentId: string) =>
  api<LifecycleResponse>('POST', `${documentPath(documentId)}/finalize`);

/** Back to draft (owner), with the reason kept on record. */
export const reopenDocument = (documentId: string, reason: string) =>
  api<LifecycleResponse>('POST', `${documentPath(documentId)}/reopen`, { reason });

/** Marks a final document as signed on `date` (YYYY-MM-DD) at `place` (owner). */
export const signDocument = (documentId: string, date: string, place: string) =>
  api<LifecycleResponse>('POST', `${documentPath(documentId)}/sign`, { date, place });

/** The document's status changes, oldest first. */
export const getLifecycle = (documentId: string) =>
  api<LifecycleListResponse>('GET', `${documentPath(documentId)}/lifecycle`).then((r) => r.events);
