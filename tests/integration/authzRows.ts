import { typedDraft } from '../fixtures/docx/wordDrafts.ts';
import { CALLERS, type Caller, type World } from './authzWorld.ts';

/** The request one caller makes to an endpoint. */
export interface Call {
  path: string;
  body?: unknown;
  /** A multipart body instead of JSON. */
  form?: FormData;
  /** Only the status and headers are read, then the connection is dropped (event streams). */
  stream?: boolean;
  /** A cookie of its own (e.g. a throwaway session for logout); default: the caller's. */
  cookie?: string | null;
}

/** One row of the matrix: an endpoint as listed in /api/openapi.json and the status each caller gets. */
export interface Row {
  endpoint: string;
  expect: Record<Caller, number>;
  call(w: World, caller: Caller): Promise<Call> | Call;
}

type Statuses = Record<Caller, number>;
const ROLE_RANK = { viewer: 0, commenter: 1, editor: 2, owner: 3 } as const;
/** otherParty is an editor of party 2 (the demo's Pemkot). */
const RANK: Record<Exclude<Caller, 'anonymous' | 'nonMember'>, number> = {
  viewer: 0,
  commenter: 1,
  editor: 2,
  owner: 3,
  otherParty: 2,
};

/** Anyone, signed in or not. */
const everyone = (status: number): Statuses =>
  Object.fromEntries(CALLERS.map((c) => [c, status])) as Statuses;
/** Any signed-in user; anonymous 401. */
const signedIn = (status: number): Statuses => ({ ...everyone(status), anonymous: 401 });
/**
 * Members with at least `role` get `status`, weaker members 403, outsiders 404 (the
 * cooperation, document or record is not revealed to them), anonymous 401.
 */
const atLeast = (role: keyof typeof ROLE_RANK, status: number): Statuses => {
  const out = { anonymous: 401, nonMember: 404 } as Statuses;
  for (const [caller, rank] of Object.entries(RANK)) {
    out[caller as Caller] = rank >= ROLE_RANK[role] ? status : 403;
  }
  return out;
};
const members = (status: number) => atLeast('viewer', status);

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const today = () => new Date().toISOString().slice(0, 10);

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
  { endpoint: 'GET /api/me', expect: signedIn(200), call: () => ({ path: '/api/me' }) },

  // Cooperations and members
  { endpoint: 'GET /api/cooperations', expect: signedIn(200), call: () => ({ path: '/api/cooperations' }) },
  {
    endpoint: 'POST /api/cooperations',
    expect: signedIn(201),
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
    endpoint: 'POST /api/cooperations/{id}/members',
    expect: atLeast('owner', 201),
    call: async (w) => ({
      path: `/api/cooperations/${w.cooperation.id}/members`,
      body: { username: (await w.newUser()).username, partyId: w.party2, role: 'viewer' },
    }),
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
    call: async (w) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(await typedDraft())], { type: DOCX }), 'draf.docx');
      return { path: `/api/cooperations/${w.cooperation.id}/documents/import`, form };
    },
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
      const list = await w.asOwner('/api/clause-library');
      return { path: `/api/clause-library/${list.body.clauses[0].key}` };
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
      if (cookie && (RANK as Record<string, number>)[caller] >= ROLE_RANK.editor) {
        await w.server.api(path, { cookie, origin: w.origin, body: { hash: await w.clauseHash(index) } });
      }
      return { path };
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
    endpoint: 'GET /api/documents/{id}/lifecycle',
    expect: members(200),
    call: (w) => ({ path: `/api/documents/${w.documentId}/lifecycle` }),
  },

  // Meetings
  {
    endpoint: 'GET /api/cooperations/{id}/meetings',
    expect: members(200),
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}/meetings` }),
  },
  {
    endpoint: 'POST /api/cooperations/{id}/meetings',
    expect: atLeast('editor', 201),
    call: (w) => ({
      path: `/api/cooperations/${w.cooperation.id}/meetings`,
      body: { kind: 'internal', date: today(), timeFrom: '13:00', timeTo: '14:00' },
    }),
  },
  {
    endpoint: 'GET /api/meetings/{id}',
    expect: members(200),
    call: async (w) => ({ path: `/api/meetings/${await w.newMeeting()}` }),
  },
  {
    endpoint: 'PATCH /api/meetings/{id}',
    expect: atLeast('editor', 200),
    call: async (w) => ({ path: `/api/meetings/${await w.newMeeting()}`, body: { place: 'Ruang Rapat' } }),
  },
  {
    endpoint: 'POST /api/meetings/{id}/open',
    expect: atLeast('editor', 200),
    call: async (w) => ({ path: `/api/meetings/${await w.newMeeting()}/open`, body: {} }),
  },
  {
    endpoint: 'POST /api/meetings/{id}/close',
    expect: atLeast('editor', 200),
    call: async (w) => ({ path: `/api/meetings/${await w.newMeeting(true)}/close`, body: {} }),
  },
  {
    endpoint: 'GET /api/meetings/{id}/minutes',
    expect: members(200),
    call: async (w) => ({ path: `/api/meetings/${await w.newMeeting()}/minutes` }),
  },
  {
    endpoint: 'GET /api/meetings/{id}/minutes.docx',
    expect: members(200),
    call: async (w) => ({ path: `/api/meetings/${await w.newMeeting()}/minutes.docx` }),
  },

  // Discussion points
  {
    endpoint: 'GET /api/cooperations/{id}/points',
    expect: members(200),
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}/points` }),
  },
  {
    endpoint: 'POST /api/cooperations/{id}/points',
    expect: atLeast('commenter', 201),
    call: (w) => ({
      path: `/api/cooperations/${w.cooperation.id}/points`,
      body: { text: 'Mohon ditinjau', documentId: w.documentId },
    }),
  },
  {
    endpoint: 'PATCH /api/points/{id}',
    // Deciding a point raised by the owner: editors and owners; its author could edit its text.
    expect: atLeast('editor', 200),
    call: async (w) => ({
      path: `/api/points/${await w.newPoint()}`,
      body: { state: 'agreed', decision: 'Disepakati' },
    }),
  },
  {
    endpoint: 'POST /api/points/{id}/replies',
    expect: atLeast('commenter', 201),
    call: async (w) => ({ path: `/api/points/${await w.newPoint()}/replies`, body: { text: 'Setuju' } }),
  },

  // Follow-ups
  {
    endpoint: 'GET /api/cooperations/{id}/actions',
    expect: members(200),
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}/actions` }),
  },
  {
    endpoint: 'POST /api/cooperations/{id}/actions',
    expect: atLeast('editor', 201),
    call: (w) => ({
      path: `/api/cooperations/${w.cooperation.id}/actions`,
      body: { text: 'Menyusun SOP', personInCharge: { name: 'Kabag Organisasi' } },
    }),
  },
  {
    endpoint: 'PATCH /api/actions/{id}',
    // The person in charge (here not a member) could report progress; others need editor.
    expect: atLeast('editor', 200),
    call: async (w) => ({ path: `/api/actions/${await w.newAction()}`, body: { state: 'done' } }),
  },

  // Liaisons
  {
    endpoint: 'GET /api/cooperations/{id}/liaisons',
    expect: members(200),
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}/liaisons` }),
  },
  {
    endpoint: 'POST /api/cooperations/{id}/liaisons',
    expect: atLeast('editor', 201),
    call: (w) => ({
      path: `/api/cooperations/${w.cooperation.id}/liaisons`,
      body: { partyId: w.party1, name: 'Staf Penghubung', unit: 'Bagian Umum' },
    }),
  },
  {
    endpoint: 'PATCH /api/liaisons/{id}',
    expect: atLeast('editor', 200),
    call: async (w) => ({ path: `/api/liaisons/${await w.newLiaison()}`, body: { phone: '0741123456' } }),
  },
  {
    endpoint: 'DELETE /api/liaisons/{id}',
    expect: atLeast('editor', 200),
    call: async (w) => ({ path: `/api/liaisons/${await w.newLiaison()}` }),
  },

  // History: versions, a clause's history, comparison, restore
  {
    endpoint: 'GET /api/documents/{id}/versions',
    expect: members(200),
    call: (w) => ({ path: `/api/documents/${w.documentId}/versions` }),
  },
  {
    endpoint: 'POST /api/documents/{id}/versions',
    expect: atLeast('editor', 201),
    call: (w) => ({ path: `/api/documents/${w.documentId}/versions`, body: { label: 'Sebelum rapat' } }),
  },
  {
    endpoint: 'GET /api/documents/{id}/versions/{versionId}',
    expect: members(200),
    call: async (w) => ({ path: `/api/documents/${w.documentId}/versions/${await w.newVersion()}` }),
  },
  {
    endpoint: 'GET /api/documents/{id}/clauses/{clauseId}/history',
    expect: members(200),
    call: (w) => ({ path: `/api/documents/${w.documentId}/clauses/${w.clauseIds[0]}/history` }),
  },
  {
    endpoint: 'GET /api/documents/{id}/compare',
    expect: members(200),
    call: async (w) => ({ path: `/api/documents/${w.documentId}/compare?from=${await w.newVersion()}` }),
  },
  {
    endpoint: 'GET /api/documents/{id}/compare.docx',
    expect: members(200),
    call: async (w) => ({ path: `/api/documents/${w.documentId}/compare.docx?from=${await w.newVersion()}` }),
  },
  {
    endpoint: 'POST /api/documents/{id}/restore',
    expect: atLeast('editor', 200),
    call: async (w) => ({
      path: `/api/documents/${w.documentId}/restore`,
      body: { versionId: await w.newVersion() },
    }),
  },

  // Live events of a cooperation (Server-Sent Events)
  {
    endpoint: 'GET /api/cooperations/{id}/events',
    expect: members(200),
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}/events`, stream: true }),
  },
];

/** A second session of the caller, so that logging it out leaves the caller's own session alone. */
async function throwawaySession(w: World, caller: Caller): Promise<string> {
  const username = { nonMember: 'orang-luar', commenter: 'komentator' }[caller as string];
  if (username) return w.server.login(username, 'kata-sandi-matriks');
  const demo = { viewer: 'tamu', editor: 'asisten', owner: 'ombudsman', otherParty: 'pemkot' }[
    caller as string
  ]!;
  return w.server.login(demo);
}
