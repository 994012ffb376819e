import { atLeast, members, type Row, signedIn } from './authzExpect.ts';

/**
 * An agreement's obligations: those its text proposes, and those tracked. The matrix's MoU is a
 * draft, so whoever may propose or add reaches the check of its state (409 `obligation.not_final`),
 * and it holds no obligation: an obligation's own routes answer every signed-in caller 404 here,
 * and tests/integration/obligations.test.ts checks who may confirm, edit and remove a real one.
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
  {
    endpoint: 'GET /api/documents/{id}/obligations',
    expect: members(200),
    call: (w) => ({ path: `/api/documents/${w.documentId}/obligations` }),
  },
  {
    endpoint: 'POST /api/documents/{id}/obligations',
    expect: atLeast('editor', 409),
    call: (w) => ({
      path: `/api/documents/${w.documentId}/obligations`,
      body: { clauseId: w.clauseIds[0], partyScope: 'all', text: 'PARA PIHAK melaksanakan evaluasi.' },
    }),
  },
  {
    endpoint: 'PATCH /api/obligations/{id}',
    expect: signedIn(404),
    call: () => ({ path: '/api/obligations/ob_tidak_ada', body: { status: 'confirmed' } }),
  },
  {
    endpoint: 'DELETE /api/obligations/{id}',
    expect: signedIn(404),
    call: () => ({ path: '/api/obligations/ob_tidak_ada' }),
  },
];
