import type {
  ApprovalDTO,
  DocumentDTO,
  DocumentPermissions,
  DocumentResponse,
} from '../../../../shared/api/documents.ts';
import { api } from '../../app/http.ts';

export type AgreementDocument = DocumentDTO;
export type Approval = ApprovalDTO;
export type { DocumentPermissions };

/** `GET /api/documents/:id`: metadata, clauses with approvals, and what I may do. */
export const getDocument = (id: string) =>
  api<DocumentResponse>('GET', `/api/documents/${encodeURIComponent(id)}`);

/** Where the signed-ready Word file of a document is served. */
export const exportDocxUrl = (id: string) => `/api/documents/${encodeURIComponent(id)}/export.docx`;
