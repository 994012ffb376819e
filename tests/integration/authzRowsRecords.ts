import { documentXml, docxOf } from '../../server/word/import/testing.ts';
import { atLeast, DOCX, members, ROLE_RANK, type Row, today } from './authzExpect.ts';
import type { World } from './authzWorld.ts';

/** The weakest role that may suggest: `suggester` where the matrix has that role, else `editor`. */
const SUGGESTERS: keyof typeof ROLE_RANK =
  'suggester' in ROLE_RANK ? ('suggester' as keyof typeof ROLE_RANK) : 'editor';

let unitCount = 0;

/** A fresh unit of party 1, made by the owner (a member of party 1): its id. */
async function newUnit(w: World): Promise<string> {
  const res = await w.asOwner<{ unit: { id: string } }>(`/api/cooperations/${w.cooperation.id}/units`, {
    partyId: w.party1,
    name: `Unit Baru ${++unitCount}`,
  });
  if (res.status !== 201) throw new Error(`newUnit: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.unit.id;
}

/** Rows of the records of a cooperation: meetings, points, follow-ups, liaisons, units, history, events. */
export const RECORD_ROWS: Row[] = [
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
    endpoint: 'POST /api/meetings/{id}/reopen',
    expect: atLeast('editor', 200),
    call: async (w) => {
      const id = await w.newMeeting(true);
      await w.asOwner(`/api/meetings/${id}/close`, {});
      return { path: `/api/meetings/${id}/reopen`, body: { reason: 'Salah ketik pada keputusan' } };
    },
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

  // Units (OPD): the owners and editors of the unit's party keep them; otherParty is party 2's.
  {
    endpoint: 'GET /api/cooperations/{id}/units',
    expect: members(200),
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}/units` }),
  },
  {
    endpoint: 'POST /api/cooperations/{id}/units',
    expect: { ...atLeast('editor', 201), otherParty: 403 },
    call: (w, caller) => ({
      path: `/api/cooperations/${w.cooperation.id}/units`,
      body: { partyId: w.party1, name: `Unit Matriks ${caller} ${++unitCount}` },
    }),
  },
  {
    endpoint: 'POST /api/cooperations/{id}/units/adopt',
    expect: { ...atLeast('editor', 200), otherParty: 403 },
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}/units/adopt`, body: { partyId: w.party1 } }),
  },
  {
    endpoint: 'PATCH /api/units/{id}',
    expect: { ...atLeast('editor', 200), otherParty: 403 },
    call: async (w) => ({ path: `/api/units/${await newUnit(w)}`, body: { headName: 'Dr. Kepala, M.Si.' } }),
  },
  {
    endpoint: 'DELETE /api/units/{id}',
    expect: { ...atLeast('editor', 200), otherParty: 403 },
    call: async (w) => ({ path: `/api/units/${await newUnit(w)}` }),
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
  {
    endpoint: 'GET /api/documents/{id}/rounds',
    expect: members(200),
    call: (w) => ({ path: `/api/documents/${w.documentId}/rounds` }),
  },
  {
    endpoint: 'POST /api/documents/{id}/rounds',
    // Without limiting the other party: the world's permissions stay as they are.
    expect: atLeast('editor', 201),
    call: (w) => ({ path: `/api/documents/${w.documentId}/rounds`, body: { limitOtherParty: false } }),
  },
  {
    endpoint: 'GET /api/documents/{id}/suggestions/decisions',
    expect: members(200),
    call: (w) => ({ path: `/api/documents/${w.documentId}/suggestions/decisions` }),
  },
  {
    endpoint: 'POST /api/documents/{id}/suggestions/decisions',
    // Nothing is pending in the world's document: whoever may decide or withdraw any decides none.
    expect: atLeast('commenter', 200),
    call: (w) => ({
      path: `/api/documents/${w.documentId}/suggestions/decisions`,
      body: { decision: 'accept' },
    }),
  },
  {
    endpoint: 'POST /api/documents/{id}/suggestions/import',
    // 'document.suggest'. The reply matches no paragraph of the version: reported, nothing merged.
    expect: atLeast(SUGGESTERS, 200),
    call: async (w) => {
      const form = new FormData();
      form.append('baseVersionId', await w.newVersion());
      const reply = await docxOf(documentXml(['Pasal 1', 'Teks yang tidak ada di versi.']));
      form.append('file', new Blob([new Uint8Array(reply)], { type: DOCX }), 'tanggapan.docx');
      return { path: `/api/documents/${w.documentId}/suggestions/import`, form };
    },
  },

  // Live events of a cooperation (Server-Sent Events)
  {
    endpoint: 'GET /api/cooperations/{id}/events',
    expect: members(200),
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}/events`, stream: true }),
  },
];
