import { atLeast, members, type Row } from './authzExpect.ts';

/**
 * Monitoring and evaluation reports of an agreement. The matrix's MoU is a draft and no report:
 * whoever may draft one reaches the check of its state (409 `evaluation.not_final`), and the
 * report's own routes answer members 409 `evaluation.not_evaluation`;
 * tests/integration/evaluation.test.ts drafts, approves and prints a real one.
 */
export const EVALUATION_ROWS: Row[] = [
  {
    endpoint: 'GET /api/documents/{id}/evaluations',
    expect: members(200),
    call: (w) => ({ path: `/api/documents/${w.documentId}/evaluations` }),
  },
  {
    endpoint: 'POST /api/documents/{id}/evaluations',
    expect: atLeast('editor', 409),
    call: (w) => ({
      path: `/api/documents/${w.documentId}/evaluations`,
      body: { from: '2026-01-01', to: '2026-03-31' },
    }),
  },
  {
    endpoint: 'GET /api/documents/{id}/evaluation',
    expect: members(409),
    call: (w) => ({ path: `/api/documents/${w.documentId}/evaluation` }),
  },
  {
    endpoint: 'GET /api/documents/{id}/evaluation.docx',
    expect: members(409),
    call: (w) => ({ path: `/api/documents/${w.documentId}/evaluation.docx` }),
  },
];
