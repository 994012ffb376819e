import { PNG } from 'pngjs';
import { describe, expect, it, vi } from 'vitest';
import { readDocx, textIn } from '../../server/word/export/docxXml.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import { type DocumentMeta, partyMetaKey } from '../../shared/meta.ts';
import { YDOC } from '../../shared/protocol.ts';
import { approvalFingerprint, bodyParts, inPaperOrder, metaPart, PART } from '../../shared/signedParts.ts';
import { type Approvable, approvables, approvalPath, approveAll, fillSigning } from '../support/agreement.ts';
import {
  appendToClause,
  bodyOf,
  editBody,
  insertAfter,
  moveClause,
  paragraph,
} from '../support/bodyEdits.ts';
import { demoSession } from '../support/demo.ts';
import { type EventStream, streamsPerTest } from '../support/eventStream.ts';
import { buildDocument } from '../support/factories.ts';
import { uploadLogo as uploadPartyLogo } from '../support/logos.ts';

const demo = demoSession(['ombudsman', 'pemkot', 'tamu']);
const { cookies, open } = demo;
type Who = keyof typeof cookies;

const bothParties = () => [cookies.ombudsman, cookies.pemkot];
const party = (ordinal: number) => demo.coop.parties.find((p) => p.ordinal === ordinal)!;

const getDocument = async (id: string, who: Who = 'ombudsman') => {
  const res = await demo.server.api(`/api/documents/${id}`, { cookie: cookies[who] });
  expect(res.status).toBe(200);
  return res.body.document;
};
const partOf = async (id: string, partId: string) =>
  (await approvables(demo.server, cookies.ombudsman, id)).parts.find((p) => p.id === partId)!;
const post = (path: string, who: Who, body?: unknown) =>
  demo.server.api(path, { cookie: cookies[who], method: 'POST', ...(body === undefined ? {} : { body }) });
const finalize = (id: string) => post(`/api/documents/${id}/finalize`, 'pemkot');
const eventually = <T>(check: () => Promise<T>) => vi.waitFor(check, { timeout: 10_000, interval: 50 });

/** Appends words to the first text of the first top-level node of `type` (preamble, closing). */
const typeInto = (type: string, words: string) => (body: PMJSON) => {
  const walk = (n: PMJSON): boolean => {
    if (n.type === 'text') {
      n.text += words;
      return true;
    }
    return (n.content ?? []).some(walk);
  };
  walk(body.content!.find((n) => n.type === type)!);
  return body;
};

/** A 32×32 PNG of one colour: another logo is other bytes. */
function png(shade: number): Buffer {
  const image = new PNG({ width: 32, height: 32 });
  image.data.fill(shade);
  return PNG.sync.write(image);
}

const openStream = streamsPerTest(() => demo.server);
/** The data of the stream's next `approval.changed` event. */
const approval = async (stream: EventStream) => (await stream.next('approval.changed')).data;

const uploadLogo = (partyId: string, png: Buffer) =>
  uploadPartyLogo(demo.server, cookies.ombudsman, { cooperationId: demo.coop.id, partyId }, png);

describe('the parts of the signed text outside the Pasal', () => {
  it('are listed with the hash the browser computes from the same Y.Doc', async () => {
    const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    const document = await getDocument(id, 'tamu');
    expect(document.parts.map((p: Approvable) => p.id)).toEqual([
      PART.opening,
      PART.arrangement,
      PART.closing,
      PART.meta,
      PART.parties,
    ]);
    for (const p of document.parts) {
      expect(p).toMatchObject({ state: 'draft', approvals: [] });
      expect(p.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(p.label.id).not.toBe('');
      expect(p.label.en).not.toBe('');
    }
    expect(document.fingerprint).toBeNull();

    // What a browser computes from its own copy: the same hashes.
    const viewer = await open(id, 'tamu');
    const meta = viewer.doc.getMap<string>(YDOC.meta).toJSON() as DocumentMeta;
    const local = [...bodyParts(bodyOf(viewer.doc)), metaPart('mou', meta, demo.coop.parties)];
    for (const p of local) expect(document.parts.find((s: Approvable) => s.id === p.id).hash).toBe(p.hash);

    const pks = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'pks' });
    expect((await getDocument(pks.id)).parts.map((p: Approvable) => p.id)).toContain(PART.annex);
  });

  it('are approved and withdrawn per party like a Pasal, and every open stream hears of it', async () => {
    const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    const closing = await partOf(id, PART.closing);
    const path = approvalPath(id, PART.closing);
    const withdraw = () => demo.server.api(path, { cookie: cookies.pemkot, method: 'DELETE' });
    const stream = await openStream(demo.coop.id, cookies.tamu);
    const first = await post(path, 'ombudsman', { hash: closing.hash });
    expect(first.status).toBe(201);
    expect(first.body.part).toMatchObject({ id: PART.closing, state: 'partial', hash: closing.hash });
    expect(first.body.part.approvals).toEqual([
      expect.objectContaining({ partyId: party(1).id, hash: closing.hash, current: true }),
    ]);
    expect(await approval(stream)).toMatchObject({
      documentId: id,
      partId: PART.closing,
      partyId: party(1).id,
      action: 'approved',
      state: 'partial',
    });
    expect((await post(path, 'ombudsman', { hash: closing.hash })).status).toBe(200);

    const stale = await post(path, 'pemkot', { hash: 'f'.repeat(64) });
    expect(stale.status).toBe(409);
    expect(stale.body.error.id).toBe('approval.stale_hash');
    expect(stale.body.error.message).toContain('Penutup');
    expect(stale.body.error.messageEn).toContain('Closing');

    expect((await post(path, 'tamu', { hash: closing.hash })).status).toBe(403);
    const annex = await post(approvalPath(id, PART.annex), 'pemkot', { hash: closing.hash });
    expect(annex.status).toBe(404);
    expect(annex.body.error.id).toBe('part.not_found');
    const unknown = await post(approvalPath(id, 'part:nothing'), 'pemkot', { hash: closing.hash });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.id).toBe('validation.invalid');
    // The clause route never approves a part.
    const asClause = await post(`/api/documents/${id}/clauses/${PART.closing}/approvals`, 'pemkot', {
      hash: closing.hash,
    });
    expect(asClause.status).toBeGreaterThanOrEqual(400);
    expect(asClause.status).toBeLessThan(500);

    const second = await post(path, 'pemkot', { hash: closing.hash });
    expect(second.status).toBe(201);
    expect(second.body.part.state).toBe('agreed');
    expect((await partOf(id, PART.closing)).state).toBe('agreed');
    expect(await approval(stream)).toMatchObject({ partId: PART.closing, state: 'agreed' });

    const withdrawn = await withdraw();
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.part.state).toBe('partial');
    expect(await approval(stream)).toMatchObject({ partId: PART.closing, action: 'withdrawn' });
    const again = await withdraw();
    expect(again.status).toBe(404);
    expect(again.body.error.id).toBe('approval.not_found');

    const history = await demo.server.api(`/api/documents/${id}/approvals`, { cookie: cookies.tamu });
    expect(
      history.body.approvals.map((a: { clauseId: string; withdrawnAt: string | null }) => a.clauseId),
    ).toEqual([PART.closing, PART.closing]);
  });
});

describe('finalising needs every printed part approved at its text now', () => {
  it('is refused after a change inside a Pasal, outside any Pasal, in the opening or closing and in the printed details, until re-approved', async () => {
    const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    await fillSigning(demo.server, cookies.ombudsman, id);
    await approveAll(demo.server, bothParties(), id);
    const clauses = (await approvables(demo.server, cookies.ombudsman, id)).clauses;
    const editor = await open(id, 'pemkot');
    const meta = editor.doc.getMap<string>(YDOC.meta);

    const cases: [string, () => Promise<void> | void, string[]][] = [
      [
        'words inside a Pasal',
        () => editBody(editor.doc, appendToClause(clauses[0]!.id, 'Tambahan.')),
        [clauses[0]!.id],
      ],
      [
        'a loose paragraph between two Pasal',
        () => editBody(editor.doc, insertAfter(clauses[1]!.id, paragraph('Teks lepas di luar Pasal.'))),
        [PART.arrangement],
      ],
      [
        'a new BAB heading',
        () =>
          editBody(editor.doc, (body) => {
            const at = body.content!.findIndex((n) => n.attrs?.id === clauses[0]!.id);
            body.content!.splice(at, 0, {
              type: 'chapter',
              attrs: { id: 'bab1' },
              content: [{ type: 'text', text: 'UMUM' }],
            });
            return body;
          }),
        [PART.arrangement],
      ],
      [
        'the words of a BAB heading',
        () => editBody(editor.doc, typeInto('chapter', ' DAN LAIN-LAIN')),
        [PART.arrangement],
      ],
      [
        'the order of two Pasal',
        () => moveClause(editor.doc, clauses[2]!.id, clauses[1]!.id),
        [PART.arrangement],
      ],
      ['the opening', () => editBody(editor.doc, typeInto('preamble', ' (diubah)')), [PART.opening]],
      ['the closing', () => editBody(editor.doc, typeInto('closing', ' (diubah)')), [PART.closing]],
      ['the subject', () => meta.set('subject', 'Perihal Lain'), [PART.meta]],
      [
        'a signatory name',
        () => meta.set(partyMetaKey.signatoryName(party(2).id), 'Dr. Nama Lain'),
        [PART.meta],
      ],
      ['a number', () => meta.set(partyMetaKey.number(party(1).id), '007/ORI/2025'), [PART.meta]],
      ['the date', () => meta.set('date', '2025-07-01'), [PART.meta]],
      ['a party’s logo', () => uploadLogo(party(1).id, png(200)), [PART.parties]],
    ];

    for (const [what, change, stale] of cases) {
      await change();
      // The server's copy has taken the change once what it names is no longer agreed.
      let pending: Approvable[] = [];
      await eventually(async () => {
        pending = (await approvables(demo.server, cookies.ombudsman, id)).all.filter(
          (i) => i.state !== 'agreed',
        );
        expect(
          pending.map((i) => i.id),
          what,
        ).toEqual(stale);
      });
      const refused = await finalize(id);
      expect(refused.status, what).toBe(409);
      expect(refused.body.error.id).toBe('document.not_agreed');
      const named = [...refused.body.error.details.clauses, ...refused.body.error.details.parts];
      expect(
        named.map((i: { id: string }) => i.id),
        what,
      ).toEqual(stale);

      await approveAll(demo.server, bothParties(), id, pending);
      const done = await finalize(id);
      expect(done.status, what).toBe(200);
      expect(
        (await post(`/api/documents/${id}/reopen`, 'ombudsman', { reason: `Uji: ${what}` })).status,
      ).toBe(200);
    }
  });

  it('is refused while a required section is missing, naming it', async () => {
    const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    await approveAll(demo.server, bothParties(), id);
    const res = await finalize(id);
    expect(res.status).toBe(409);
    expect(res.body.error.id).toBe('document.incomplete');
    // The template leaves the date and place of signing empty and the liaison's details as blanks.
    expect(res.body.error.details.items.map((i: { key: string }) => i.key)).toEqual([
      'signing',
      'placeholders',
    ]);
    expect(res.body.error.message).toContain('Tempat dan tanggal penandatanganan');
    expect(res.body.error.messageEn).toContain('Place and date of signing');
    expect(res.body.error.message).toMatch(/\[jabatan penghubung\].* di Pasal \d+/);
    expect(res.body.error.messageEn).toMatch(/\[jabatan penghubung\].* in Article \d+/);
  });

  it('of a PKS covers the liaisons annex it prints', async () => {
    const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'pks' });
    await fillSigning(demo.server, cookies.ombudsman, id);
    await approveAll(demo.server, bothParties(), id);
    const added = await post(`/api/cooperations/${demo.coop.id}/liaisons`, 'ombudsman', {
      partyId: party(2).id,
      unit: 'Bagian Organisasi',
      name: 'Sari Dewi',
      position: 'Kepala Bagian',
      phone: '0741-123',
      email: 'sari@jambikota.go.id',
    });
    expect(added.status).toBe(201);
    const pending = (await approvables(demo.server, cookies.ombudsman, id)).all.filter(
      (i) => i.state !== 'agreed',
    );
    expect(pending.map((i) => i.id)).toEqual([PART.annex]);
    expect((await finalize(id)).body.error.details.parts.map((p: { id: string }) => p.id)).toEqual([
      PART.annex,
    ]);
    await approveAll(demo.server, bothParties(), id, pending);
    expect((await finalize(id)).status).toBe(200);
  });
});

describe('the fingerprint of what was approved', () => {
  it('is returned for a final document, printed with its version on every page, and kept through signing', async () => {
    const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    await fillSigning(demo.server, cookies.ombudsman, id);
    await approveAll(demo.server, bothParties(), id);
    const { clauses, parts } = await approvables(demo.server, cookies.ombudsman, id);
    expect((await finalize(id)).status).toBe(200);

    const final = await getDocument(id, 'tamu');
    const expected = approvalFingerprint(inPaperOrder(clauses, parts).map(({ id, hash }) => ({ id, hash })));
    expect(final.fingerprint).toMatchObject(expected);
    expect(final.fingerprint.short).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(final.fingerprint.version).toBeGreaterThan(0);

    const exported = async () => {
      const res = await fetch(`${demo.server.url}/api/documents/${id}/export.docx`, {
        headers: { cookie: cookies.tamu },
      });
      expect(res.status).toBe(200);
      return readDocx(Buffer.from(await res.arrayBuffer()));
    };
    // Every section prints it: the body with the signatures, and each annex after them.
    const { sections } = await exported();
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) {
      expect(textIn(s.footer)).toContain(
        `Versi ${final.fingerprint.version} · Sidik persetujuan ${expected.short}`,
      );
    }

    // Signing is on the date and at the place approved in the printed details, and changes nothing.
    const sign = (place: string) =>
      post(`/api/documents/${id}/sign`, 'ombudsman', { date: '2025-06-23', place });
    const elsewhere = await sign('Muara Bulian');
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.error.id).toBe('document.signing_mismatch');
    expect((await sign('Kota Jambi')).status).toBe(200);
    const after = await getDocument(id, 'tamu');
    expect(after.status).toBe('signed');
    expect(after.parts).toEqual(final.parts);
    expect(after.parts.find((p: Approvable) => p.id === PART.meta).hash).toBe(
      parts.find((p) => p.id === PART.meta)!.hash,
    );
    expect(after.fingerprint).toEqual(final.fingerprint);
    for (const s of (await exported()).sections) expect(textIn(s.footer)).toContain(expected.short);
  });
});
