import { describe, expect, it, vi } from 'vitest';
import { brokenReferences, outlineOf, referenceText } from '../../shared/clauses.ts';
import {
  appendToClause,
  bodyOf,
  clause,
  deleteClause,
  editBody,
  insertAfter,
  moveClause,
  paragraph,
  ref,
} from '../support/bodyEdits.ts';
import { demoSession } from '../support/demo.ts';
import { buildDocument, buildMember, buildUser } from '../support/factories.ts';

const demo = demoSession(['ombudsman', 'pemkot', 'tamu', 'walikota']);
const { cookies, open } = demo;
type Who = keyof typeof cookies;

const party = (ordinal: number) => demo.coop.parties.find((p) => p.ordinal === ordinal)!.id;
const userId = (username: string) => demo.coop.members.find((m) => m.username === username)!.userId;

const newMou = async () =>
  (await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' })).id;
const getDocument = async (id: string, who: Who = 'ombudsman') => {
  const res = await demo.server.api(`/api/documents/${id}`, { cookie: cookies[who] });
  expect(res.status).toBe(200);
  return res.body.document;
};
const approvalsPath = (id: string, clauseId: string) => `/api/documents/${id}/clauses/${clauseId}/approvals`;
const approve = (id: string, clauseId: string, hash: string, cookie: string, extra: object = {}) =>
  demo.server.api(approvalsPath(id, clauseId), { cookie, body: { hash, ...extra } });
const withdraw = (id: string, clauseId: string, cookie: string) =>
  demo.server.api(approvalsPath(id, clauseId), { cookie, method: 'DELETE' });
/** Retries `check` until the server's copy reflects a client's edit. */
const eventually = <T>(check: () => Promise<T>) => vi.waitFor(check, { timeout: 10_000, interval: 50 });

describe('numbering through the real server and y-websocket clients', () => {
  it('renumbers every Pasal after an insert, a move and a delete', async () => {
    const id = await newMou();
    const before = (await getDocument(id)).clauses.map((c: { id: string }) => c.id);
    const editor = await open(id, 'pemkot');

    const expectOrder = async (ids: string[]) =>
      eventually(async () => {
        const clauses = (await getDocument(id)).clauses;
        expect(clauses.map((c: { id: string }) => c.id)).toEqual(ids);
        expect(clauses.map((c: { number: number }) => c.number)).toEqual(ids.map((_, i) => i + 1));
      });

    editBody(editor.doc, insertAfter(before[0], clause('pasal-baru', 'Kerahasiaan', paragraph('Rahasia.'))));
    const inserted = [before[0], 'pasal-baru', ...before.slice(1)];
    await expectOrder(inserted);
    const heading = (await getDocument(id)).clauses[1].heading;
    expect(heading).toBe('Kerahasiaan');

    const last = before.at(-1)!;
    moveClause(editor.doc, last, before[0]);
    const moved = [last, ...inserted.filter((c) => c !== last)];
    await expectOrder(moved);

    editBody(editor.doc, deleteClause(before[1]));
    await expectOrder(moved.filter((c) => c !== before[1]));
  });

  it('a cross-reference follows its clause; one to a deleted clause is reported as broken', async () => {
    const id = await newMou();
    const start = (await getDocument(id)).clauses;
    expect(start.length).toBeGreaterThan(4);
    const target = start[4].id;
    const editor = await open(id, 'pemkot');
    editBody(
      editor.doc,
      appendToClause(start[1].id, paragraph('sebagaimana dimaksud dalam ', ref(target), '.')),
    );
    await eventually(async () => {
      const d = await getDocument(id);
      expect(d.clauses[1].hash).not.toBe(start[1].hash);
      expect(d.completeness.warnings.map((w: { id: string }) => w.id)).not.toContain('references.broken');
    });

    // Move the target to the front: the API numbers it 1, and so does the reference.
    moveClause(editor.doc, target, start[0].id);
    await eventually(async () => expect((await getDocument(id)).clauses[0].id).toBe(target));
    const reader = await open(id, 'tamu');
    expect(referenceText(outlineOf(bodyOf(reader.doc)), target)).toBe('Pasal 1');
    // The clause holding the reference moved from 2 to 3 (one clause now stands before it).
    const refHolder = (await getDocument(id)).clauses.find((c: { id: string }) => c.id === start[1].id);
    expect(refHolder.number).toBe(3);

    editBody(editor.doc, deleteClause(target));
    await eventually(async () => {
      const d = await getDocument(id);
      expect(d.clauses.map((c: { id: string }) => c.id)).not.toContain(target);
      expect(d.completeness.warnings.map((w: { id: string }) => w.id)).toContain('references.broken');
    });
    await eventually(async () =>
      expect(brokenReferences(bodyOf(reader.doc))).toEqual([{ clauseId: target, ayat: null }]),
    );
  });
});

describe('approving clauses per party', () => {
  it('both parties approve; an edit makes the approvals stale; they approve again; a party withdraws', async () => {
    const id = await newMou();
    const [first, second] = (await getDocument(id)).clauses;
    expect(first.state).toBe('draft');

    const byOmbudsman = await approve(id, first.id, first.hash, cookies.ombudsman);
    expect(byOmbudsman.status).toBe(201);
    expect(byOmbudsman.body.clause).toMatchObject({ id: first.id, number: 1, state: 'partial' });
    expect(byOmbudsman.body.clause.approvals).toEqual([
      {
        partyId: party(1),
        userId: userId('ombudsman'),
        hash: first.hash,
        at: expect.any(String),
        current: true,
      },
    ]);
    // Approving the same text again records nothing new.
    const again = await approve(id, first.id, first.hash, cookies.ombudsman);
    expect(again.status).toBe(200);
    expect(again.body.clause.approvals).toHaveLength(1);

    const byPemkot = await approve(id, first.id, first.hash, cookies.pemkot);
    expect(byPemkot.status).toBe(201);
    expect(byPemkot.body.clause.state).toBe('agreed');
    expect(byPemkot.body.clause.approvals.map((a: { partyId: string }) => a.partyId)).toEqual([
      party(1),
      party(2),
    ]);
    const read = await getDocument(id, 'tamu');
    expect(read.clauses[0].state).toBe('agreed');
    expect(read.clauses[1].state).toBe('draft');

    // Moving an agreed clause keeps it agreed: the approval names its text, not its number.
    const editor = await open(id, 'pemkot');
    moveClause(editor.doc, second.id, first.id);
    await eventually(async () => {
      const moved = (await getDocument(id)).clauses.find((c: { id: string }) => c.id === first.id);
      expect(moved).toMatchObject({ number: 2, state: 'agreed', hash: first.hash });
    });

    // An edit by a client makes both approvals stale without anyone touching them.
    editBody(editor.doc, appendToClause(first.id, 'Ditambahkan setelah disetujui.'));
    let changed: { hash: string; state: string; approvals: { current: boolean; hash: string }[] } = first;
    await eventually(async () => {
      changed = (await getDocument(id)).clauses.find((c: { id: string }) => c.id === first.id);
      expect(changed.hash).not.toBe(first.hash);
    });
    expect(changed.state).toBe('changed');
    expect(changed.approvals.map((a) => [a.current, a.hash])).toEqual([
      [false, first.hash],
      [false, first.hash],
    ]);

    const stale = await approve(id, first.id, first.hash, cookies.pemkot);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ id: 'approval.stale_hash' });
    expect(stale.body.error.message).toContain('Pasal 2');
    expect(stale.body.error.messageEn).toContain('changed');

    expect((await approve(id, first.id, changed.hash, cookies.pemkot)).body.clause.state).toBe('partial');
    const reagreed = await approve(id, first.id, changed.hash, cookies.ombudsman);
    expect(reagreed.body.clause.state).toBe('agreed');
    expect(reagreed.body.clause.approvals.every((a: { current: boolean }) => a.current)).toBe(true);

    const withdrawn = await withdraw(id, first.id, cookies.pemkot);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.clause.state).toBe('partial');
    expect(withdrawn.body.clause.approvals.map((a: { partyId: string }) => a.partyId)).toEqual([party(1)]);
    const twice = await withdraw(id, first.id, cookies.pemkot);
    expect(twice.status).toBe(404);
    expect(twice.body.error.id).toBe('approval.not_found');

    // Every recorded approval left an automatic version in the document's history.
    const versions = await demo.server.api(`/api/documents/${id}/versions`, { cookie: cookies.tamu });
    const kinds = versions.body.versions.map((v: { kind: string }) => v.kind);
    expect(kinds.filter((k: string) => k === 'approval')).toHaveLength(4);

    // The record keeps every approval, the withdrawn one stamped.
    const history = await demo.server.api(`/api/documents/${id}/approvals`, { cookie: cookies.tamu });
    expect(history.status).toBe(200);
    expect(history.body.approvals).toHaveLength(4);
    expect(
      history.body.approvals.map((a: { partyId: string; withdrawnAt: string | null }) => [
        a.partyId,
        a.withdrawnAt !== null,
      ]),
    ).toEqual([
      [party(1), false],
      [party(2), false],
      [party(2), true],
      [party(1), false],
    ]);
  });

  it('refuses a forged hash, an unknown clause, a viewer, a commenter, an outsider, and no session', async () => {
    const id = await newMou();
    const [first] = (await getDocument(id)).clauses;

    const forged = await approve(id, first.id, 'ab'.repeat(32), cookies.pemkot);
    expect(forged.status).toBe(409);
    expect(forged.body.error.id).toBe('approval.stale_hash');
    const malformed = await approve(id, first.id, 'abc', cookies.pemkot);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.field).toBe('hash');
    const unknown = await approve(id, 'tidak-ada', first.hash, cookies.pemkot);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.id).toBe('clause.not_found');

    const viewer = await approve(id, first.id, first.hash, cookies.tamu);
    expect(viewer.status).toBe(403);
    expect(viewer.body.error.id).toBe('approval.forbidden');
    expect((await withdraw(id, first.id, cookies.tamu)).status).toBe(403);
    const commenter = await buildMember(demo.server, cookies.ombudsman, demo.coop, 'commenter', 2);
    expect((await approve(id, first.id, first.hash, commenter.cookie)).status).toBe(403);
    const outsider = await buildUser(demo.server);
    const foreign = await approve(id, first.id, first.hash, outsider.cookie);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.id).toBe('document.not_found');
    expect((await approve(id, first.id, first.hash, '')).status).toBe(401);

    expect((await getDocument(id)).clauses[0]).toMatchObject({ state: 'draft', approvals: [] });
  });

  it('a member approves only for their own party, whatever the request says; a signatory commenter may', async () => {
    const id = await newMou();
    const [first, second] = (await getDocument(id)).clauses;
    // pemkot (city party) tries to approve "for" the Ombudsman party: the extra field is ignored.
    const res = await approve(id, first.id, first.hash, cookies.pemkot, { partyId: party(1) });
    expect(res.status).toBe(201);
    expect(res.body.clause.approvals).toEqual([
      expect.objectContaining({ partyId: party(2), userId: userId('pemkot') }),
    ]);
    expect(res.body.clause.state).toBe('partial');

    // The Wali Kota is a commenter but signs for the city: a signatory approves.
    const mayor = await approve(id, second.id, second.hash, cookies.walikota);
    expect(mayor.status).toBe(201);
    expect(mayor.body.clause.approvals).toEqual([
      expect.objectContaining({ partyId: party(2), userId: userId('walikota'), current: true }),
    ]);
    const asMayor = await demo.server.api(`/api/documents/${id}`, { cookie: cookies.walikota });
    expect(asMayor.body.permissions).toMatchObject({ canEdit: false, canApprove: true });
  });

  it('puts the endpoints in the OpenAPI document with the clause states and the parts', async () => {
    const res = await demo.server.api('/api/openapi.json');
    const paths = res.body.paths;
    for (const path of [
      '/api/documents/{id}/clauses/{clauseId}/approvals',
      '/api/documents/{id}/parts/{partId}/approvals',
    ]) {
      expect(Object.keys(paths[path]).sort()).toEqual(['delete', 'post']);
    }
    expect(JSON.stringify(paths['/api/documents/{id}/parts/{partId}/approvals'].post)).toContain(
      'part:opening',
    );
    for (const p of ['finalize', 'reopen', 'sign', 'lifecycle', 'approvals']) {
      expect(paths[`/api/documents/{id}/${p}`]).toBeDefined();
    }
    const doc = JSON.stringify(paths['/api/documents/{id}'].get);
    for (const state of ['draft', 'partial', 'agreed', 'changed']) expect(doc).toContain(`"${state}"`);
    for (const field of ['"parts"', '"fingerprint"']) expect(doc).toContain(field);
  });
});
