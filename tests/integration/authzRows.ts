import type { DocumentResponse } from '../../shared/api/documents.ts';
import { typedDraft } from '../fixtures/docx/wordDrafts.ts';
import type { ClauseLibraryListResponse } from '../support/api.ts';
import { testPng } from '../support/images.ts';
import {
  atLeast,
  DOCX,
  everyone,
  members,
  RANK,
  ROLE_RANK,
  type Row,
  signedIn,
  today,
} from './authzExpect.ts';
import { CALENDAR_ROWS } from './authzRowsCalendar.ts';
import { EVALUATION_ROWS } from './authzRowsEvaluations.ts';
import { IMPLEMENTATION_ROWS } from './authzRowsImplementation.ts';
import { NOTIFICATION_ROWS } from './authzRowsNotifications.ts';
import { OBLIGATION_ROWS } from './authzRowsObligations.ts';
import { PUBLIC_REPORT_ROWS } from './authzRowsPublicReports.ts';
import { RECORD_ROWS } from './authzRowsRecords.ts';
import { VARIANT_ROWS } from './authzRowsVariants.ts';
import { CALLERS, type Caller, type World } from './authzWorld.ts';

export type { Call, Row } from './authzExpect.ts';

/**
 * Every REST endpoint × caller. A row per `METHOD /path` of the OpenAPI document: the test
 * fails for an endpoint without a row, so a new route cannot be forgotten here.
 */
export const ROWS: Row[] = [
  // Sessions
  {
    endpoint: 'POST /api/auth/login',
    expect: everyone(200),
    call: () => ({ path: '/api/auth/login', body: { username: 'tamu', password: 'rahasia-uji-123' } }),
  },
  {
    endpoint: 'POST /api/auth/logout',
    // Logging out is harmless without a session; each caller ends a throwaway session of its own.
    expect: everyone(200),
    call: async (w, caller) => ({
      path: '/api/auth/logout',
      body: {},
      cookie: caller === 'anonymous' ? null : await throwawaySession(w, caller),
    }),
  },
  {
    endpoint: 'POST /api/auth/password',
    // Anyone signed in reaches the check of the current password; a right one would end the
    // caller's other sessions (the world's cookies), so the matrix sends a wrong one.
    expect: signedIn(403),
    call: () => ({
      path: '/api/auth/password',
      body: { currentPassword: 'bukan-sandi-ini', newPassword: 'kata-sandi-baru-matriks' },
    }),
  },
  { endpoint: 'GET /api/me', expect: signedIn(200), call: () => ({ path: '/api/me' }) },

  // Cooperations and members
  { endpoint: 'GET /api/cooperations', expect: signedIn(200), call: () => ({ path: '/api/cooperations' }) },
  {
    endpoint: 'POST /api/cooperations',
    // SEPAKAT_COOPERATION_CREATORS=owners (the default): only who owns a cooperation starts one.
    expect: { ...signedIn(403), owner: 201 },
    call: () => ({
      path: '/api/cooperations',
      body: {
        title: 'Kerja Sama Matriks',
        parties: [
          { name: 'Lembaga A', shortName: 'A' },
          { name: 'Lembaga B', shortName: 'B' },
        ],
      },
    }),
  },
  {
    endpoint: 'GET /api/cooperations/{id}',
    expect: members(200),
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}` }),
  },
  {
    endpoint: 'PATCH /api/cooperations/{id}/members/{userId}',
    expect: atLeast('owner', 200),
    call: async (w) => ({
      path: `/api/cooperations/${w.cooperation.id}/members/${await w.newMember()}`,
      body: { role: 'commenter' },
    }),
  },
  {
    endpoint: 'DELETE /api/cooperations/{id}/members/{userId}',
    // Removing someone else; leaving (removing oneself) is allowed to every member and tested elsewhere.
    expect: atLeast('owner', 200),
    call: async (w) => ({ path: `/api/cooperations/${w.cooperation.id}/members/${await w.newMember()}` }),
  },

  // Invitations: owners invite, list and revoke; whoever holds a link reads and accepts it
  {
    endpoint: 'GET /api/cooperations/{id}/invitations',
    expect: atLeast('owner', 200),
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}/invitations` }),
  },
  {
    endpoint: 'POST /api/cooperations/{id}/invitations',
    expect: atLeast('owner', 201),
    call: (w) => ({
      path: `/api/cooperations/${w.cooperation.id}/invitations`,
      body: { name: 'Kasubbag Hukum', partyId: w.party2, role: 'viewer' },
    }),
  },
  {
    endpoint: 'DELETE /api/cooperations/{id}/invitations/{invitationId}',
    expect: atLeast('owner', 200),
    call: async (w) => ({
      path: `/api/cooperations/${w.cooperation.id}/invitations/${(await w.newInvitation()).id}`,
    }),
  },
  {
    endpoint: 'GET /api/invitations/{token}',
    expect: everyone(200),
    call: async (w) => ({ path: `/api/invitations/${(await w.newInvitation()).token}` }),
  },
  {
    endpoint: 'POST /api/invitations/{token}/accept',
    // The owner of the cooperation invited to is a member already: 409, and the link stays unused.
    expect: { ...signedIn(200), owner: 409 },
    call: async (w) => ({ path: `/api/invitations/${await w.sideInvitation()}/accept`, body: {} }),
  },
  {
    endpoint: 'POST /api/invitations/{token}/account',
    // Anyone holding a link may make their account with it, signed in or not.
    expect: everyone(201),
    call: async (w, caller) => ({
      path: `/api/invitations/${await w.sideInvitation()}/account`,
      body: {
        username: `undangan-${caller}-${Date.now().toString(36)}`,
        displayName: 'Pengguna Undangan',
        password: 'kata-sandi-undangan',
      },
    }),
  },

  // Documents
  {
    endpoint: 'POST /api/cooperations/{id}/documents',
    expect: atLeast('editor', 201),
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}/documents`, body: { kind: 'mou' } }),
  },
  {
    endpoint: 'GET /api/documents/{id}',
    expect: members(200),
    call: (w) => ({ path: `/api/documents/${w.documentId}` }),
  },
  {
    endpoint: 'GET /api/documents/{id}/export.docx',
    expect: members(200),
    call: (w) => ({ path: `/api/documents/${w.documentId}/export.docx` }),
  },
  {
    endpoint: 'POST /api/cooperations/{id}/documents/import',
    expect: atLeast('editor', 201),
    call: draftUpload('import'),
  },
  {
    endpoint: 'POST /api/cooperations/{id}/documents/import/preview',
    expect: atLeast('editor', 200),
    call: draftUpload('import/preview'),
  },
  {
    endpoint: 'PUT /api/cooperations/{id}/parties/{partyId}/logo',
    expect: atLeast('owner', 204),
    call: (w) => ({ path: logoPath(w), form: logoForm() }),
  },
  {
    endpoint: 'GET /api/cooperations/{id}/parties/{partyId}/logo',
    expect: members(200),
    call: async (w) => {
      // The owner uploads first, so that there is a logo to read.
      const res = await fetch(w.server.url + logoPath(w), {
        method: 'PUT',
        headers: { cookie: w.cookies.owner!, origin: w.origin },
        body: logoForm(),
      });
      if (res.status !== 204) throw new Error(`logo upload: ${res.status}`);
      return { path: logoPath(w) };
    },
  },
  {
    endpoint: 'PATCH /api/cooperations/{id}/settings',
    expect: atLeast('owner', 200),
    call: (w) => ({
      path: `/api/cooperations/${w.cooperation.id}/settings`,
      body: { parties: { wording: 'kesatu' } },
    }),
  },
  {
    endpoint: 'GET /api/clause-library',
    expect: signedIn(200),
    call: () => ({ path: '/api/clause-library' }),
  },
  {
    endpoint: 'GET /api/clause-library/{key}',
    expect: signedIn(200),
    call: async (w) => {
      const list = await w.asOwner<ClauseLibraryListResponse>('/api/clause-library');
      return { path: `/api/clause-library/${list.body.clauses[0]!.key}` };
    },
  },

  // Approvals and lifecycle (the demo MoU is a draft whose clauses are not agreed)
  {
    endpoint: 'POST /api/documents/{id}/clauses/{clauseId}/approvals',
    // Editors and owners approve for their own party; each caller approves a clause of its own.
    expect: atLeast('editor', 201),
    call: async (w, caller) => {
      const index = CALLERS.indexOf(caller);
      return {
        path: `/api/documents/${w.documentId}/clauses/${w.clauseIds[index]}/approvals`,
        body: { hash: await w.clauseHash(index) },
      };
    },
  },
  {
    endpoint: 'DELETE /api/documents/{id}/clauses/{clauseId}/approvals',
    // A caller who may approve first approves a clause of its own, then withdraws it.
    expect: atLeast('editor', 200),
    call: async (w, caller) => {
      const index = CALLERS.indexOf(caller);
      const path = `/api/documents/${w.documentId}/clauses/${w.clauseIds[index]}/approvals`;
      const cookie = w.cookies[caller];
      if (cookie && (RANK as Record<string, number>)[caller]! >= ROLE_RANK.editor) {
        await w.server.api(path, { cookie, origin: w.origin, body: { hash: await w.clauseHash(index) } });
      }
      return { path };
    },
  },
  {
    endpoint: 'POST /api/documents/{id}/parts/{partId}/approvals',
    // The same rule for the parts outside the Pasal; each caller approves a part of its own.
    expect: atLeast('editor', 201),
    call: async (w, caller) => {
      const part = await partOf(w, caller);
      return { path: partPath(w, part.id), body: { hash: part.hash } };
    },
  },
  {
    endpoint: 'DELETE /api/documents/{id}/parts/{partId}/approvals',
    // A caller who may approve first approves a part of its own, then withdraws it.
    expect: atLeast('editor', 200),
    call: async (w, caller) => {
      const part = await partOf(w, caller);
      const cookie = w.cookies[caller];
      if (cookie && (RANK as Record<string, number>)[caller]! >= ROLE_RANK.editor) {
        await w.server.api(partPath(w, part.id), { cookie, origin: w.origin, body: { hash: part.hash } });
      }
      return { path: partPath(w, part.id) };
    },
  },
  {
    endpoint: 'GET /api/documents/{id}/approvals',
    expect: members(200),
    call: (w) => ({ path: `/api/documents/${w.documentId}/approvals` }),
  },
  {
    endpoint: 'POST /api/documents/{id}/finalize',
    // Allowed callers pass authorisation and meet the business rule: not every clause is agreed.
    expect: atLeast('editor', 409),
    call: (w) => ({ path: `/api/documents/${w.documentId}/finalize`, body: {} }),
  },
  {
    endpoint: 'POST /api/documents/{id}/reopen',
    expect: atLeast('owner', 409),
    call: (w) => ({
      path: `/api/documents/${w.documentId}/reopen`,
      body: { reason: 'Perlu perubahan Pasal 2' },
    }),
  },
  {
    endpoint: 'POST /api/documents/{id}/sign',
    expect: atLeast('owner', 409),
    call: (w) => ({ path: `/api/documents/${w.documentId}/sign`, body: { date: today(), place: 'Jambi' } }),
  },
  {
    endpoint: 'POST /api/documents/{id}/amendments',
    // Allowed callers pass authorisation and meet the business rule: the document is a draft.
    expect: atLeast('editor', 409),
    call: (w) => ({ path: `/api/documents/${w.documentId}/amendments`, body: { kind: 'addendum' } }),
  },
  {
    endpoint: 'GET /api/documents/{id}/lifecycle',
    expect: members(200),
    call: (w) => ({ path: `/api/documents/${w.documentId}/lifecycle` }),
  },

  ...RECORD_ROWS,
  ...VARIANT_ROWS,
  ...NOTIFICATION_ROWS,
  ...CALENDAR_ROWS,
  ...OBLIGATION_ROWS,
  ...EVALUATION_ROWS,
  ...IMPLEMENTATION_ROWS,
  ...PUBLIC_REPORT_ROWS,
];

/** A second session of the caller, so that logging it out leaves the caller's own session alone. */
async function throwawaySession(w: World, caller: Caller): Promise<string> {
  const username = { nonMember: 'orang-luar', commenter: 'komentator', suggester: 'pengusul' }[
    caller as string
  ];
  if (username) return w.server.login(username, 'kata-sandi-matriks');
  const demo = { viewer: 'tamu', editor: 'asisten', owner: 'ombudsman', otherParty: 'pemkot' }[
    caller as string
  ]!;
  return w.server.login(demo);
}

/** A small real logo. */
const PNG = testPng();
const logoPath = (w: World) => `/api/cooperations/${w.cooperation.id}/parties/${w.party1}/logo`;
function logoForm(): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'logo.png');
  return form;
}

/** A part of the demo MoU outside its Pasal, by caller: the callers who may approve each get another. */
async function partOf(w: World, caller: Caller): Promise<{ id: string; hash: string }> {
  const parts = (await w.asOwner<DocumentResponse>(`/api/documents/${w.documentId}`)).body.document.parts;
  return parts[CALLERS.indexOf(caller) % parts.length]!;
}
const partPath = (w: World, partId: string) =>
  `/api/documents/${w.documentId}/parts/${encodeURIComponent(partId)}/approvals`;

/** A typed draft posted to the import (`import`) or its preview (`import/preview`). */
function draftUpload(path: 'import' | 'import/preview') {
  return async (w: World) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await typedDraft())], { type: DOCX }), 'draf.docx');
    return { path: `/api/cooperations/${w.cooperation.id}/documents/${path}`, form };
  };
}
