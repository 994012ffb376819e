import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectClient, cookieWebSocket, type TestClient } from '../../server/collab/testing.ts';
import type { CooperationDTO, DocumentSummaryDTO } from '../../shared/api/cooperations.ts';
import { appendToClause, clause, editBody, insertAfter, paragraph } from '../support/bodyEdits.ts';
import { buildDocument, demoCooperation } from '../support/factories.ts';
import { startServer, type TestServer } from '../support/server.ts';

/**
 * "12 of 15 Pasal agreed" on the cooperation's document list (GET /api/cooperations and
 * /api/cooperations/:id): approvals count only while they match the clause's current text,
 * and an edit, a new Pasal or a withdrawal moves the numbers at once.
 */
let server: TestServer;
let coop: CooperationDTO;
const cookies: Record<string, string> = {};
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startServer();
  for (const name of ['ombudsman', 'pemkot']) cookies[name] = await server.login(name);
  coop = await demoCooperation(server, cookies.ombudsman);
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(async () => {
  await server?.dispose();
});

const eventually = <T>(check: () => Promise<T>) => vi.waitFor(check, { timeout: 10_000, interval: 50 });

async function listed(documentId: string): Promise<DocumentSummaryDTO | undefined> {
  const res = await server.api(`/api/cooperations/${coop.id}`, { cookie: cookies.ombudsman });
  expect(res.status).toBe(200);
  return res.body.cooperation.documents.find((d: DocumentSummaryDTO) => d.id === documentId);
}

async function clausesOf(documentId: string): Promise<{ id: string; hash: string }[]> {
  const res = await server.api(`/api/documents/${documentId}`, { cookie: cookies.ombudsman });
  return res.body.document.clauses;
}

const approve = async (documentId: string, c: { id: string; hash: string }, who: string) => {
  const res = await server.api(`/api/documents/${documentId}/clauses/${c.id}/approvals`, {
    cookie: cookies[who],
    body: { hash: c.hash },
  });
  expect(res.status).toBe(201);
};

describe('document progress in the cooperation listings', () => {
  it('counts Pasal agreed by every party, and follows approvals, edits and new Pasal', async () => {
    const { id } = await buildDocument(server, cookies.ombudsman, coop.id, { kind: 'mou' });
    const clauses = await clausesOf(id);
    const total = clauses.length;
    expect(total).toBeGreaterThan(3);
    expect((await listed(id))?.progress).toEqual({ agreed: 0, total });

    // One party alone agrees nothing; both parties on two Pasal make two.
    await approve(id, clauses[0], 'ombudsman');
    expect((await listed(id))?.progress).toEqual({ agreed: 0, total });
    await approve(id, clauses[0], 'pemkot');
    await approve(id, clauses[1], 'ombudsman');
    await approve(id, clauses[1], 'pemkot');
    expect((await listed(id))?.progress).toEqual({ agreed: 2, total });

    // The list of every cooperation says the same.
    const all = await server.api('/api/cooperations', { cookie: cookies.pemkot });
    const summary = all.body.cooperations
      .flatMap((c: { documents: DocumentSummaryDTO[] }) => c.documents)
      .find((d: DocumentSummaryDTO) => d.id === id);
    expect(summary.progress).toEqual({ agreed: 2, total });

    // Editing an agreed Pasal through a live client makes its approvals stale: 1 left.
    const client = connectClient(`${server.wsUrl}/collab`, id, '', {
      WebSocketPolyfill: cookieWebSocket(cookies.pemkot),
    });
    clients.push(client);
    await client.synced();
    editBody(client.doc, appendToClause(clauses[0].id, 'Kalimat tambahan yang belum disetujui.'));
    await eventually(async () => expect((await listed(id))?.progress).toEqual({ agreed: 1, total }));

    // A new Pasal adds to the total; withdrawing an approval takes one away.
    editBody(client.doc, insertAfter(clauses[2].id, clause('pasal-baru', 'KERAHASIAAN', paragraph('Isi.'))));
    await eventually(async () =>
      expect((await listed(id))?.progress).toEqual({ agreed: 1, total: total + 1 }),
    );
    const withdrawn = await server.api(`/api/documents/${id}/clauses/${clauses[1].id}/approvals`, {
      cookie: cookies.pemkot,
      method: 'DELETE',
    });
    expect(withdrawn.status).toBe(200);
    expect((await listed(id))?.progress).toEqual({ agreed: 0, total: total + 1 });
  });

  it('gives the demo MoU and PKS a progress of their own Pasal', async () => {
    const res = await server.api(`/api/cooperations/${coop.id}`, { cookie: cookies.pemkot });
    for (const d of res.body.cooperation.documents as DocumentSummaryDTO[]) {
      const clauses = await clausesOf(d.id);
      expect(d.progress, d.kind).toEqual({ agreed: 0, total: clauses.length });
    }
  });
});
