import { describe, expect, it } from 'vitest';
import { declareSize, documentXml, docxOf, pasalLines } from '../../server/word/import/testing.ts';
import { OMBUDSMAN, PEMKOT, pemkotDraft } from '../fixtures/docx/pemkotDraft.ts';
import { draftWithImage, typedDraft } from '../fixtures/docx/wordDrafts.ts';
import { clientsPerTest } from '../support/clients.ts';
import { buildCooperation, buildUser, demoCooperation } from '../support/factories.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer();

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Posts a multipart form with the file in field `file` (and optional fields), to the import or its preview. */
async function upload(
  cooperationId: string,
  cookie: string,
  file: Buffer | null,
  fields: Record<string, string> = {},
  headers: Record<string, string> = {},
  path = 'import',
) {
  const form = new FormData();
  if (file) form.append('file', new Blob([new Uint8Array(file)], { type: DOCX }), 'draf.docx');
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await fetch(`${ctx.server.url}/api/cooperations/${cooperationId}/documents/${path}`, {
    method: 'POST',
    headers: { cookie, ...headers },
    body: form,
  });
  return { status: res.status, body: await res.json() };
}

const documentCount = async (cooperationId: string, cookie: string) =>
  (await ctx.server.api(`/api/cooperations/${cooperationId}`, { cookie })).body.cooperation.documents.length;

describe('POST /api/cooperations/:id/documents/import', () => {
  it('creates a document from a Word draft with its clauses, numbers and a report', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie, {
      parties: [
        { name: 'Ombudsman RI Perwakilan Provinsi Jawa Tengah', shortName: 'Ombudsman Jateng' },
        { name: 'Pemerintah Kota Semarang', shortName: 'Pemkot Semarang' },
      ],
    });
    const res = await upload(coop.id, owner.cookie, await typedDraft());
    expect(res.status).toBe(201);
    expect(res.body.document).toMatchObject({ kind: 'mou', status: 'draft', cooperationId: coop.id });
    expect(res.body.report).toMatchObject({
      clauses: 4,
      ayat: 5,
      chapters: 2,
      preamble: true,
      closing: true,
    });

    const doc = await ctx.server.api(`/api/documents/${res.body.document.id}`, { cookie: owner.cookie });
    expect(doc.status).toBe(200);
    expect(
      doc.body.document.clauses.map((c: { number: number; heading: string }) => `${c.number} ${c.heading}`),
    ).toEqual(['1 MAKSUD DAN TUJUAN', '2 RUANG LINGKUP', '3 PELAKSANAAN', '4 JANGKA WAKTU']);
    const [first, second] = [...coop.parties].sort((a, b) => a.ordinal - b.ordinal);
    expect(doc.body.document.meta).toMatchObject({
      subject: 'Peningkatan Kualitas Pelayanan Publik',
      [`number.${first!.id}`]: '12/ORI-JTG/V/2023',
      [`number.${second!.id}`]: '119/456/2023',
    });
    expect(await documentCount(coop.id, owner.cookie)).toBe(1);
  });

  it('round-trips through the server: export the demo PKS, import it as a PKS, same clauses', async () => {
    const cookie = await ctx.server.login('ombudsman');
    const demo = await demoCooperation(ctx.server, cookie);
    // The demo's PKS for the city itself, not the master PKS for its OPD or a variant.
    const pks = demo.documents.find((d) => d.kind === 'pks' && d.tier === 'single')!;
    const file = Buffer.from(
      await (
        await fetch(`${ctx.server.url}/api/documents/${pks.id}/export.docx`, { headers: { cookie } })
      ).arrayBuffer(),
    );
    const res = await upload(demo.id, cookie, file, { kind: 'pks', title: 'PKS hasil impor' });
    expect(res.status).toBe(201);
    expect(res.body.document).toMatchObject({ kind: 'pks', title: 'PKS hasil impor' });
    // The demo PKS carries its annexes (tables after the signatures): they come back as annexes
    // after the closing, and nothing else is unrecognised.
    expect(res.body.report.warningIds).toEqual([]);
    expect(res.body.report.annexes.map((a: { placed: string }) => a.placed)).toEqual(
      res.body.report.annexes.map(() => 'annex'),
    );
    expect(res.body.report.annexes.length).toBeGreaterThan(0);
    const summary = async (id: string) =>
      (await ctx.server.api(`/api/documents/${id}`, { cookie })).body.document.clauses.map(
        (c: { number: number; heading: string }) => [c.number, c.heading],
      );
    // Same numbers and headings (hashes differ: they cover the new ids; the unit tests compare the text).
    expect(await summary(res.body.document.id)).toEqual(await summary(pks.id));
  });

  it('accepts a draft larger than the JSON body limit (a scanned logo of 3 MB)', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie);
    const res = await upload(coop.id, owner.cookie, await draftWithImage(3 * 1024 * 1024));
    expect(res.status).toBe(201);
    expect(res.body.report.warningIds).toContain('import.images_skipped');
    expect(res.body.report.clauses).toBe(1);
  });

  it('rejects bad files with a clear error and creates nothing', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie);
    const cases: [Buffer | null, number, string][] = [
      [Buffer.from('bukan dokumen word'), 415, 'import.not_docx'],
      [
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(504),
          Buffer.from('EncryptionInfo', 'utf16le'),
        ]),
        422,
        'import.encrypted',
      ],
      [(await typedDraft()).subarray(0, 3000), 422, 'import.corrupt'],
      [
        Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(10 * 1024 * 1024 + 10)]),
        413,
        'import.too_large',
      ],
      [null, 400, 'import.no_file'],
    ];
    for (const [file, status, id] of cases) {
      const res = await upload(coop.id, owner.cookie, file);
      expect({ status: res.status, id: res.body.error?.id }).toEqual({ status, id });
      expect(res.body.error.message).toBeTruthy();
      expect(res.body.error.messageEn).toBeTruthy();
    }
    const badKind = await upload(coop.id, owner.cookie, await typedDraft(), { kind: 'notes' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error).toMatchObject({ id: 'validation.invalid', field: 'kind' });
    expect(await documentCount(coop.id, owner.cookie)).toBe(0);
  });

  it('refuses a 115 KB draft of 20,000 Pasal and a lying zip bomb, creates nothing, and keeps answering', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie);
    // 20,000 Pasal in 115 KB: imported, it would take the server past 1.3 GB.
    const long = await docxOf(documentXml(pasalLines(20_000)));
    const refused = await upload(coop.id, owner.cookie, long);
    expect({ status: refused.status, id: refused.body.error?.id }).toEqual({
      status: 413,
      id: 'import.too_many_paragraphs',
    });
    expect(refused.body.error.message).toContain('10.000 paragraf');
    expect(refused.body.error.messageEn).toContain('10,000 paragraphs');
    // 12 MiB of XML declared as 2,000 bytes.
    const bomb = declareSize(
      await docxOf(documentXml(['Pasal 1'], 'w', ' '.repeat(12 * 1024 * 1024))),
      'word/document.xml',
      2000,
    );
    const unzipped = await upload(coop.id, owner.cookie, bomb);
    expect({ status: unzipped.status, id: unzipped.body.error?.id }).toEqual({
      status: 413,
      id: 'import.unzipped_too_large',
    });
    expect(unzipped.body.error.messageEn).toContain('8 MiB');
    expect(await documentCount(coop.id, owner.cookie)).toBe(0);
    expect((await ctx.server.api('/healthz')).status).toBe(200);
  }, 60_000);

  it('is for editors and owners of the cooperation, from an allowed origin', async () => {
    const tamu = await ctx.server.login('tamu');
    const demo = await demoCooperation(ctx.server, tamu);
    const file = await typedDraft();
    const viewer = await upload(demo.id, tamu, file);
    expect(viewer.status).toBe(403);
    expect(viewer.body.error.id).toBe('auth.forbidden');
    const outsider = await buildUser(ctx.server);
    const hidden = await upload(demo.id, outsider.cookie, file);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.id).toBe('cooperation.not_found');
    const pemkot = await ctx.server.login('pemkot');
    const foreign = await upload(demo.id, pemkot, file, {}, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.id).toBe('http.origin_rejected');
    const editor = await upload(demo.id, pemkot, file, {}, { origin: ctx.server.url });
    expect(editor.status).toBe(201);
  });
});

/** The cooperation of the Pemkot draft: the Ombudsman is its PIHAK PERTAMA, the Pemkot its PIHAK KEDUA. */
async function semarang(cookie: string) {
  return buildCooperation(ctx.server, cookie, {
    title: 'Kerja Sama Ombudsman dan Pemkot Semarang',
    parties: [
      { name: 'Ombudsman RI Perwakilan Provinsi Jawa Tengah', shortName: 'Ombudsman Jateng' },
      { name: 'Pemerintah Kota Semarang', shortName: 'Pemkot Semarang' },
    ],
  });
}

describe('import preview, answers, create', () => {
  const open = clientsPerTest(() => ctx.server);

  it('previews a Pemkot draft without creating anything, then creates it with its parties reconciled', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await semarang(owner.cookie);
    const [ori, kota] = [...coop.parties].sort((a, b) => a.ordinal - b.ordinal);
    const file = await pemkotDraft();

    const preview = await upload(coop.id, owner.cookie, file, {}, {}, 'import/preview');
    expect(preview.status).toBe(200);
    expect(await documentCount(coop.id, owner.cookie)).toBe(0);
    expect(preview.body.report.detected).toMatchObject({
      kind: 'pks',
      wording: 'kesatu',
      date: '2024-05-15',
    });
    // The Pemkot is the draft's PIHAK KESATU and the cooperation's party 2: matched by name, order differs.
    expect(
      preview.body.parties.map((p: { label: string; partyId: string; match: string }) => [
        p.label,
        p.partyId,
        p.match,
      ]),
    ).toEqual([
      ['PIHAK KESATU', kota!.id, 'name'],
      ['PIHAK KEDUA', ori!.id, 'name'],
    ]);
    expect(preview.body).toMatchObject({ partiesNeedAnswer: false, orderDiffers: true, wording: 'pertama' });
    expect(preview.body.report.outline).toEqual([
      { number: 1, heading: 'RUANG LINGKUP', ayat: 2 },
      { number: 2, heading: 'PELAKSANAAN', ayat: 3 },
    ]);
    expect(preview.body.report.annexes).toHaveLength(1);
    expect(preview.body.report.dropped).toEqual([
      { where: 'header', text: 'Draf Bagian Hukum Setda Kota Semarang' },
    ]);

    const created = await upload(coop.id, owner.cookie, file, { relabel: 'true' });
    expect(created.status).toBe(201);
    expect(created.body.document).toMatchObject({ kind: 'pks', cooperationId: coop.id });
    const doc = await ctx.server.api(`/api/documents/${created.body.document.id}`, { cookie: owner.cookie });
    expect(doc.body.document.meta).toMatchObject({
      date: '2024-05-15',
      place: 'Semarang',
      [`number.${kota!.id}`]: PEMKOT.number,
      [`number.${ori!.id}`]: OMBUDSMAN.number,
      [`signatoryName.${kota!.id}`]: PEMKOT.signatory,
      [`signatoryPosition.${kota!.id}`]: PEMKOT.position,
      [`signatoryName.${ori!.id}`]: OMBUDSMAN.signatory,
      [`signatoryNip.${ori!.id}`]: OMBUDSMAN.nip,
    });
    // Opened as an editor opens it, relabelled to the cooperation's order and wording: the Pemkot's
    // obligations are PIHAK KEDUA's.
    const client = await open(created.body.document.id, owner.cookie);
    const text = client.doc.getXmlFragment('body').toString();
    expect(text).toContain('PIHAK KEDUA menyediakan data pelayanan publik.');
    expect(text).toContain('diserahkan kepada PIHAK PERTAMA.');
    expect(text).not.toContain('PIHAK KESATU');
    expect(await documentCount(coop.id, owner.cookie)).toBe(1);
  });

  it('asks when names do not match, fills nothing by position, and takes the answers', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie);
    const [first, second] = [...coop.parties].sort((a, b) => a.ordinal - b.ordinal);
    const file = await pemkotDraft();

    const preview = await upload(coop.id, owner.cookie, file, {}, {}, 'import/preview');
    expect(preview.body.partiesNeedAnswer).toBe(true);
    expect(preview.body.parties.map((p: { partyId: string | null }) => p.partyId)).toEqual([null, null]);

    // One call without answers: created, but no party's number or signatory is guessed.
    const blind = await upload(coop.id, owner.cookie, file);
    expect(blind.status).toBe(201);
    expect(blind.body.report.warningIds.filter((id: string) => id === 'import.party_unplaced')).toHaveLength(
      2,
    );
    const blindMeta = (
      await ctx.server.api(`/api/documents/${blind.body.document.id}`, { cookie: owner.cookie })
    ).body.document.meta;
    expect([blindMeta[`number.${first!.id}`], blindMeta[`number.${second!.id}`]]).toEqual(['', '']);

    // Answers that are not this cooperation's parties, or one party twice, are refused.
    for (const parties of [{ 1: 'p_unknown' }, { 1: first!.id, 2: first!.id }, { 7: first!.id }]) {
      const bad = await upload(coop.id, owner.cookie, file, { parties: JSON.stringify(parties) });
      expect({ status: bad.status, field: bad.body.error?.field }).toEqual({ status: 400, field: 'parties' });
    }
    const answered = await upload(coop.id, owner.cookie, file, {
      parties: JSON.stringify({ 1: second!.id, 2: first!.id }),
      relabel: 'false',
    });
    expect(answered.status).toBe(201);
    expect(answered.body.report.warningIds).toContain('import.party_labels_differ');
    const meta = (
      await ctx.server.api(`/api/documents/${answered.body.document.id}`, { cookie: owner.cookie })
    ).body.document.meta;
    expect(meta).toMatchObject({
      [`number.${second!.id}`]: PEMKOT.number,
      [`signatoryNip.${first!.id}`]: OMBUDSMAN.nip,
    });
    expect(await documentCount(coop.id, owner.cookie)).toBe(2);
  });

  it('refuses a preview to a viewer and a bad file with the import errors', async () => {
    const tamu = await ctx.server.login('tamu');
    const demo = await demoCooperation(ctx.server, tamu);
    const viewer = await upload(demo.id, tamu, await pemkotDraft(), {}, {}, 'import/preview');
    expect({ status: viewer.status, id: viewer.body.error?.id }).toEqual({
      status: 403,
      id: 'auth.forbidden',
    });
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie);
    const bad = await upload(
      coop.id,
      owner.cookie,
      Buffer.from('bukan dokumen word'),
      {},
      {},
      'import/preview',
    );
    expect({ status: bad.status, id: bad.body.error?.id }).toEqual({ status: 415, id: 'import.not_docx' });
  });
});
