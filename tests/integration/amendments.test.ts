import { describe, expect, it } from 'vitest';
import { paragraphs, readDocx } from '../../server/word/export/docxXml.ts';
import type { CreatedAmendmentResponse } from '../../shared/api/amendments.ts';
import type { DocumentResponse } from '../../shared/api/documents.ts';
import { partyMetaKey } from '../../shared/meta.ts';
import { finaliseAgreed, setMeta } from '../support/agreement.ts';
import { demoSession } from '../support/demo.ts';
import { buildDocument, buildUser } from '../support/factories.ts';

/**
 * An addendum and a renewal of a signed PKS, against the real server: each is a new draft in the
 * same cooperation, linked both ways, with the text the kind calls for; who may start one.
 */
const demo = demoSession(['ombudsman', 'pemkot', 'tamu']);
const { cookies } = demo;

async function signedPks(title: string) {
  const pks = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'pks', title });
  const [first, second] = [...demo.coop.parties].sort((a, b) => a.ordinal - b.ordinal);
  await setMeta(demo.server, cookies.ombudsman, pks.id, {
    [partyMetaKey.number(first!.id)]: 'B/101/KS.01/VI/2025',
    [partyMetaKey.number(second!.id)]: '180/42/HK/2025',
  });
  await finaliseAgreed(demo.server, [cookies.ombudsman, cookies.pemkot], pks.id);
  const signing = await demo.server.api(`/api/documents/${pks.id}/sign`, {
    cookie: cookies.ombudsman,
    body: { date: '2025-06-23', place: 'Kota Jambi' },
  });
  expect(signing.status, JSON.stringify(signing.body)).toBe(200);
  return pks;
}

const amend = (id: string, kind: 'addendum' | 'renewal', cookie: string) =>
  demo.server.api<CreatedAmendmentResponse>(`/api/documents/${id}/amendments`, { cookie, body: { kind } });

const read = async (id: string) =>
  (await demo.server.api<DocumentResponse>(`/api/documents/${id}`, { cookie: cookies.ombudsman })).body
    .document;

/** The paragraphs of a document's Word export, as printed. */
async function printed(id: string): Promise<string[]> {
  const res = await fetch(`${demo.server.url}/api/documents/${id}/export.docx`, {
    headers: { cookie: cookies.ombudsman },
  });
  expect(res.status).toBe(200);
  const docx = await readDocx(Buffer.from(await res.arrayBuffer()));
  return paragraphs(docx.document).map((p) => p.text);
}

const CITED = 'Perjanjian Kerja Sama Nomor B/101/KS.01/VI/2025 dan Nomor 180/42/HK/2025 tanggal 23 Juni 2025';

describe('addenda and renewals of a signed agreement', () => {
  it('starts a renewal: a copy of the signed text citing it, numbers and signing cleared, linked both ways', async () => {
    const old = await signedPks('PKS Pelayanan Publik');
    const res = await amend(old.id, 'renewal', cookies.pemkot);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const created = res.body.document;
    expect(created).toMatchObject({ kind: 'renewal', amendsDocumentId: old.id, cooperationId: demo.coop.id });

    const renewal = await read(created.id);
    expect(renewal).toMatchObject({
      kind: 'pks',
      status: 'draft',
      title: 'Perpanjangan PKS Pelayanan Publik',
    });
    for (const p of demo.coop.parties) expect(renewal.meta[partyMetaKey.number(p.id)]).toBe('');
    expect(renewal.meta).toMatchObject({ date: '', place: '', termYears: '5' });
    expect(renewal.amendments).toEqual({
      amends: {
        id: old.id,
        title: 'PKS Pelayanan Publik',
        status: 'signed',
        kind: 'renewal',
        numbers: ['B/101/KS.01/VI/2025', '180/42/HK/2025'],
      },
      amendedBy: [],
    });
    const signed = await read(old.id);
    expect(signed.amendments?.amendedBy).toEqual([
      expect.objectContaining({
        id: created.id,
        kind: 'renewal',
        title: 'Perpanjangan PKS Pelayanan Publik',
      }),
    ]);
    // The same Pasal as the signed text, under new ids.
    expect(renewal.clauses.map((c) => c.heading)).toEqual(signed.clauses.map((c) => c.heading));
    expect(renewal.clauses.map((c) => c.id)).not.toContain(signed.clauses[0]!.id);

    const text = await printed(created.id);
    expect(text).toContain('PERPANJANGAN PERJANJIAN KERJA SAMA');
    expect(text.join('\n')).toContain(`bahwa PARA PIHAK telah menandatangani ${CITED}`);
    // The decision's recital cites the new one too.
    expect(text.join('\n')).toContain(
      'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, huruf c, dan huruf d,',
    );
    expect(text.join('\n')).toMatch(/JANGKA WAKTU/);

    // The cooperation's list shows the link on both cards.
    const coop = (await demo.server.api(`/api/cooperations/${demo.coop.id}`, { cookie: cookies.tamu })).body
      .cooperation;
    const card = coop.documents.find((d: { id: string }) => d.id === created.id);
    expect(card).toMatchObject({ amendsDocumentId: old.id, amendmentKind: 'renewal' });
  }, 120_000);

  it('starts an addendum in the standard shape, built from the schema, and its export renders', async () => {
    const old = await signedPks('PKS Penanganan Pengaduan');
    const res = await amend(old.id, 'addendum', cookies.ombudsman);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const addendum = await read(res.body.document.id);
    expect(addendum.title).toBe('Adendum atas PKS Penanganan Pengaduan');
    expect(addendum.meta.termYears).toBe('');
    expect(addendum.clauses.map((c) => [c.number, c.heading])).toEqual([
      [1, 'PERUBAHAN'],
      [2, 'KETENTUAN LAIN'],
      [3, 'PENUTUP'],
    ]);
    expect(addendum.amendments?.amends).toMatchObject({ id: old.id, kind: 'addendum' });
    expect((await read(old.id)).amendments?.amendedBy.map((d) => d.kind)).toEqual(['addendum']);

    const text = await printed(addendum.id);
    const all = text.join('\n');
    expect(text[text.indexOf('ADENDUM ATAS PERJANJIAN KERJA SAMA') + 1]).toBe('ANTARA');
    expect(all).toContain(`bahwa PARA PIHAK telah menandatangani ${CITED} tentang`);
    expect(all).toContain(
      'Ketentuan Pasal ……… Perjanjian Kerja Sama diubah sehingga berbunyi sebagai berikut:',
    );
    expect(all).toContain('yang tidak diubah dalam Adendum ini dinyatakan tetap berlaku');
    expect(all).toContain('Demikian Adendum ini dibuat dan ditandatangani oleh PARA PIHAK');
    // The parties as the signed agreement identifies them.
    expect(all).toMatch(/selanjutnya disebut PIHAK PERTAMA/);
    expect(all).toMatch(/selanjutnya disebut PIHAK KEDUA/);

    // The checklist asks of an addendum only what its paper holds (the term, purpose, scope stay
    // in the agreement): filled in and approved by both parties, it is finalised.
    const keys = (addendum.completeness as { items: { key: string }[] }).items.map((i) => i.key);
    expect(keys).toEqual(expect.arrayContaining(['title', 'signing', 'parties', 'recitals', 'closing']));
    expect(keys).not.toContain('term');
    expect(keys).not.toContain('purpose');
    await finaliseAgreed(demo.server, [cookies.ombudsman, cookies.pemkot], addendum.id);
  }, 120_000);

  it('refuses a viewer (403), a non-member (404) and a draft (409, in both languages)', async () => {
    const draft = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    const viewer = await amend(draft.id, 'addendum', cookies.tamu);
    expect(viewer.status).toBe(403);
    const stranger = await buildUser(demo.server);
    expect((await amend(draft.id, 'renewal', stranger.cookie)).status).toBe(404);
    const refused = await amend(draft.id, 'renewal', cookies.pemkot);
    expect(refused.status).toBe(409);
    expect((refused.body as unknown as { error: { id: string } }).error).toMatchObject({
      id: 'amendment.not_signed',
    });
    expect(JSON.stringify(refused.body)).toMatch(/masih draf/);
    expect(JSON.stringify(refused.body)).toMatch(/still a draft/);
    const bad = await amend(draft.id, 'perubahan' as 'addendum', cookies.pemkot);
    expect(bad.status).toBe(400);
    expect((await read(draft.id)).amendments).toBeUndefined();
  }, 60_000);
});
