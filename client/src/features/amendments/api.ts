import type { CreateAmendmentBody, CreatedAmendmentResponse } from '../../../../shared/api/amendments.ts';
import { api } from '../../app/http.ts';

/** `POST /api/documents/:id/amendments`: a new draft addendum or renewal of a final or signed agreement. */
export const createAmendment = (documentId: string, kind: CreateAmendmentBody['kind']) =>
  api<CreatedAmendmentResponse>('POST', `/api/documents/${encodeURIComponent(documentId)}/amendments`, {
    kind,
  });
