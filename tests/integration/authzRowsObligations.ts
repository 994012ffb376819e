import { atLeast, members, type Row } from './authzExpect.ts';

/**
 * The obligations an agreement's text proposes. The matrix's MoU is a draft, so whoever may ask
 * reaches the check of its state (409 `obligation.not_final`).
 */
export const OBLIGATION_ROWS: Row[] = [
  {
    endpoint: 'GET /api/documents/{id}/obligations/proposals',
    expect: members(409),
    call: (w) => ({ path: `/api/documents/${w.documentId}/obligations/proposals` }),
  },
  {
    endpoint: 'POST /api/documents/{id}/obligations/proposals',
    expect: atLeast('editor', 409),
    call: (w) => ({ path: `/api/documents/${w.documentId}/obligations/proposals`, body: {} }),
  },
];
