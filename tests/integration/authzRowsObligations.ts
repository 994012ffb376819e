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
  // Reports on obligations: the matrix holds no obligation, so an obligation's, a report's and a
  // file's routes answer every signed-in caller 404; tests/integration/obligationReports.test.ts
  // checks who may report, answer and download on a real one.
  {
    endpoint: 'GET /api/obligations/{id}/reports',
    expect: signedIn(404),
    call: () => ({ path: '/api/obligations/ob_tidak_ada/reports' }),
  },
  {
    endpoint: 'POST /api/obligations/{id}/reports',
    expect: signedIn(404),
    call: () => {
      const form = new FormData();
      form.append('text', 'Selesai.');
      form.append('status', 'done');
      return { path: '/api/obligations/ob_tidak_ada/reports', form };
    },
  },
  {
    endpoint: 'POST /api/obligation-reports/{id}/comments',
    expect: signedIn(404),
    call: () => ({
      path: '/api/obligation-reports/rp_tidak_ada/comments',
      body: { kind: 'comment', text: 'Baik.' },
    }),
  },
  {
    endpoint: 'GET /api/obligation-report-files/{id}',
    expect: signedIn(404),
    call: () => ({ path: '/api/obligation-report-files/rf_tidak_ada' }),
  },
  {
    endpoint: 'GET /api/cooperations/{id}/obligation-reports',
    expect: members(200),
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}/obligation-reports` }),
  },
];
