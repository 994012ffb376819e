import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../server/db/connection.ts';
import type { DocumentSummaryDTO } from '../../shared/api/cooperations.ts';
import { PART } from '../../shared/signedParts.ts';
import { approvables, approveAll, finaliseAgreed } from '../support/agreement.ts';
import { appendToClause, clause, editBody, insertAfter, paragraph } from '../support/bodyEdits.ts';
import { demoSession } from '../support/demo.ts';
import { buildDocument } from '../support/factories.ts';

/**
 * "12/15 Pasal · 4/6 bagian" on the cooperation's document list (GET /api/cooperations and
 * /api/cooperations/:id): what finalising needs, the Pasal and the parts outside the Pasal
 * agreed by every party at their content now. An edit, a new Pasal, a withdrawal or a change
 * of the records a part prints moves the numbers at once; a document that cannot be read is
 * listed without progress and fails nothing else.
 */
// Errors are logged, so that the test of an unreadable document can see it was.
const demo = demoSession(['ombudsman', 'pemkot'], { env: { LOG_LEVEL: 'error' } });
const { cookies, open } = demo;
type Who = keyof typeof cookies;

const eventually = <T>(check: () => Promise<T>) => vi.waitFor(check, { timeout: 10_000, interval: 50 });

async function listed(documentId: string): Promise<DocumentSummaryDTO | undefined> {
  const res = await demo.server.api(`/api/cooperations/${demo.coop.id}`, { cookie: cookies.ombudsman });
  expect(res.status).toBe(200);
  return res.body.cooperation.documents.find((d: DocumentSummaryDTO) => d.id === documentId);
}

async function clausesOf(documentId: string): Promise<{ id: string; hash: string }[]> {
  const res = await demo.server.api(`/api/documents/${documentId}`, { cookie: cookies.ombudsman });
  return res.body.document.clauses;
}

const approve = async (documentId: string, c: { id: string; hash: string }, who: Who) => {
  const res = await demo.server.api(`/api/documents/${documentId}/clauses/${c.id}/approvals`, {
    cookie: cookies[who],
    body: { hash: c.hash },
  });
  expect(res.status).toBe(201);
};

/** The parts outside the Pasal that an MoU prints (a PKS adds its annex). */
const MOU_PARTS = 5;
const noParts = { agreed: 0, total: MOU_PARTS };

describe('document progress in the cooperation listings', () => {
  it('counts Pasal agreed by every party, and follows approvals, edits and new Pasal', async () => {
    const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    const clauses = await clausesOf(id);
    const total = clauses.length;
    expect(total).toBeGreaterThan(3);
    expect((await listed(id))?.progress).toEqual({ agreed: 0, total, parts: noParts });

    // One party alone agrees nothing; both parties on two Pasal make two.
    await approve(id, clauses[0]!, 'ombudsman');
    expect((await listed(id))?.progress).toEqual({ agreed: 0, total, parts: noParts });
    await approve(id, clauses[0]!, 'pemkot');
    await approve(id, clauses[1]!, 'ombudsman');
    await approve(id, clauses[1]!, 'pemkot');
    expect((await listed(id))?.progress).toEqual({ agreed: 2, total, parts: noParts });

    // The list of every cooperation says the same.
    const all = await demo.server.api('/api/cooperations', { cookie: cookies.pemkot });
    const summary = all.body.cooperations
      .flatMap((c: { documents: DocumentSummaryDTO[] }) => c.documents)
      .find((d: DocumentSummaryDTO) => d.id === id);
    expect(summary.progress).toEqual({ agreed: 2, total, parts: noParts });

    // Editing an agreed Pasal through a live client makes its approvals stale: 1 left.
    const client = await open(id, 'pemkot');
    editBody(client.doc, appendToClause(clauses[0]!.id, 'Kalimat tambahan yang belum disetujui.'));
    await eventually(async () =>
      expect((await listed(id))?.progress).toEqual({ agreed: 1, total, parts: noParts }),
    );

    // A new Pasal adds to the total; withdrawing an approval takes one away.
    editBody(client.doc, insertAfter(clauses[2]!.id, clause('pasal-baru', 'KERAHASIAAN', paragraph('Isi.'))));
    await eventually(async () =>
      expect((await listed(id))?.progress).toEqual({ agreed: 1, total: total + 1, parts: noParts }),
    );
    const withdrawn = await demo.server.api(`/api/documents/${id}/clauses/${clauses[1]!.id}/approvals`, {
      cookie: cookies.pemkot,
      method: 'DELETE',
    });
    expect(withdrawn.status).toBe(200);
    expect((await listed(id))?.progress).toEqual({ agreed: 0, total: total + 1, parts: noParts });
  });

  it('gives the demo MoU, PKS, master PKS and its variants a progress of their own Pasal and parts', async () => {
    const res = await demo.server.api(`/api/cooperations/${demo.coop.id}`, { cookie: cookies.pemkot });
    // The drafts: the demo's signed PKS and its evaluation report have their own tests.
    const listedDemo = (res.body.cooperation.documents as DocumentSummaryDTO[]).filter(
      (d) => d.status === 'draft' && d.kind !== 'notes' && demo.coop.documents.some((c) => c.id === d.id),
    );
    // The master and its four OPD's variants each count their own Pasal, as many as the master's
    // (the demo's overrides reword a Pasal and add none).
    expect(listedDemo.map((d) => `${d.kind} ${d.tier}`)).toEqual([
      'mou single',
      'pks single',
      'pks master',
      ...Array(4).fill('pks variant'),
    ]);
    for (const d of listedDemo) {
      const { clauses, parts } = await approvables(demo.server, cookies.pemkot, d.id);
      expect(parts.length).toBe(d.kind === 'pks' ? MOU_PARTS + 1 : MOU_PARTS);
      expect(d.progress, d.kind).toEqual({
        agreed: 0,
        total: clauses.length,
        parts: { agreed: 0, total: parts.length },
      });
    }
    const master = listedDemo.find((d) => d.tier === 'master')!;
    for (const v of listedDemo.filter((d) => d.tier === 'variant')) {
      expect(v.masterId).toBe(master.id);
      expect(v.progress?.total).toBe(master.progress?.total);
    }
  });

  it('counts the parts outside the Pasal: the annex of a PKS follows its liaisons, a final text its frozen records', async () => {
    const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'pks' });
    const both = [cookies.ombudsman, cookies.pemkot];
    const { clauses, parts } = await approvables(demo.server, cookies.ombudsman, id);
    await approveAll(demo.server, both, id, parts.slice(0, 2));
    expect((await listed(id))?.progress).toEqual({
      agreed: 0,
      total: clauses.length,
      parts: { agreed: 2, total: parts.length },
    });

    await finaliseAgreed(demo.server, both, id);
    const all = {
      agreed: clauses.length,
      total: clauses.length,
      parts: { agreed: parts.length, total: parts.length },
    };
    expect((await listed(id))?.progress).toEqual(all);

    // A new liaison is printed in a draft's annex, not in this final text's: still all agreed.
    const party = demo.coop.parties.find((p) => p.ordinal === 2)!;
    const liaison = await demo.server.api(`/api/cooperations/${demo.coop.id}/liaisons`, {
      cookie: cookies.ombudsman,
      body: {
        partyId: party.id,
        unit: 'Inspektorat',
        name: 'Budi',
        position: 'Inspektur',
        phone: '1',
        email: 'b@x.id',
      },
    });
    expect(liaison.status).toBe(201);
    expect((await listed(id))?.progress).toEqual(all);
    // Reopened, the draft prints the liaisons as they are: its annex awaits approval again.
    const reopened = await demo.server.api(`/api/documents/${id}/reopen`, {
      cookie: cookies.ombudsman,
      body: { reason: 'Penghubung baru' },
    });
    expect(reopened.status).toBe(200);
    expect((await listed(id))?.progress).toEqual({
      ...all,
      parts: { agreed: parts.length - 1, total: parts.length },
    });
    const annex = (await approvables(demo.server, cookies.ombudsman, id)).parts.find(
      (p) => p.id === PART.annex,
    );
    expect(annex?.state).toBe('changed');
  });

  it('lists a document whose progress cannot be read without it, and everything else as before', async () => {
    const broken = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    const sound = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    const soundTotal = (await clausesOf(sound.id)).length;
    // An approval row damaged on disk (its time is not a number), as an older server or a hand
    // edit might leave it: reading this document's approvals throws.
    const [first] = await clausesOf(broken.id);
    const owner = demo.coop.members.find((m) => m.username === 'ombudsman')!;
    const db = openDatabase(demo.server.dbFile);
    try {
      db.prepare(
        'INSERT INTO approvals (document_id, clause_id, party_id, user_id, hash, at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(broken.id, first!.id, owner.partyId, owner.userId, first!.hash, 'kemarin');
    } finally {
      db.close();
    }

    const one = await demo.server.api(`/api/cooperations/${demo.coop.id}`, { cookie: cookies.ombudsman });
    expect(one.status).toBe(200);
    const documents: DocumentSummaryDTO[] = one.body.cooperation.documents;
    expect(documents.find((d) => d.id === broken.id)).toMatchObject({ id: broken.id, status: 'draft' });
    expect(documents.find((d) => d.id === broken.id)?.progress).toBeUndefined();
    expect(documents.find((d) => d.id === sound.id)?.progress).toEqual({
      agreed: 0,
      total: soundTotal,
      parts: noParts,
    });
    const home = await demo.server.api('/api/cooperations', { cookie: cookies.pemkot });
    expect(home.status).toBe(200);
    const listedHome = home.body.cooperations.flatMap(
      (c: { documents: DocumentSummaryDTO[] }) => c.documents,
    );
    expect(listedHome.find((d: DocumentSummaryDTO) => d.id === broken.id)).toBeDefined();
    expect(listedHome.find((d: DocumentSummaryDTO) => d.id === sound.id)?.progress?.total).toBe(soundTotal);
    // Logged, with the document: the server's output arrives through a pipe.
    await eventually(async () =>
      expect(demo.server.output()).toMatch(
        new RegExp(
          `${broken.id}.*the progress of a document could not be read|the progress of a document could not be read.*${broken.id}`,
        ),
      ),
    );
  });
});
