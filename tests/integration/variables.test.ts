import { describe, expect, it } from 'vitest';
import { readDocx, textIn } from '../../server/word/export/docxXml.ts';
import { META, partyMetaKey } from '../../shared/meta.ts';
import { setMeta } from '../support/agreement.ts';
import { buildCooperation, buildDocument, buildMember, buildUser } from '../support/factories.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer();

async function exportedText(documentId: string, cookie: string): Promise<string> {
  const res = await fetch(`${ctx.server.url}/api/documents/${documentId}/export.docx`, {
    headers: { cookie },
  });
  expect(res.status).toBe(200);
  return textIn((await readDocx(Buffer.from(await res.arrayBuffer()))).document);
}

describe('a master PKS made through the API', () => {
  it('cites its MoU’s numbers and date as they are now, and prints what only a variant fills as placeholders', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie);
    const mou = await buildDocument(ctx.server, owner.cookie, coop.id, { kind: 'mou' });
    const created = await ctx.server.api(`/api/cooperations/${coop.id}/documents`, {
      cookie: owner.cookie,
      body: { kind: 'pks', master: true, mouId: mou.id },
    });
    expect(created.status).toBe(201);
    const master = created.body.document as { id: string };

    // The MoU is numbered and dated after the master was made: the master follows it.
    const [first, second] = [...coop.parties].sort((a, b) => a.ordinal - b.ordinal);
    await setMeta(ctx.server, owner.cookie, mou.id, {
      [partyMetaKey.number(first!.id)]: 'B/12/MoU/III/2026',
      [partyMetaKey.number(second!.id)]: '130/45/Pemkot/2026',
      [META.date]: '2026-03-10',
    });
    const text = await exportedText(master.id, owner.cookie);
    expect(text).toContain(
      'Nota Kesepakatan Nomor B/12/MoU/III/2026 dan Nomor 130/45/Pemkot/2026 tanggal 10 Maret 2026',
    );
    expect(text).toContain('«Nama kepala OPD», «Jabatan kepala OPD», NIP «NIP kepala OPD»');

    // Finalising is refused, naming what only a variant fills; the MoU's numbers and date are filled.
    const refused = await ctx.server.api(`/api/documents/${master.id}/finalize`, {
      cookie: owner.cookie,
      method: 'POST',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.id).toBe('document.incomplete');
    const items = refused.body.error.details.items as { key: string; label: { id: string } }[];
    const placeholders = items.find((i) => i.key === 'placeholders')?.label.id ?? '';
    expect(placeholders).toContain('[variabel Nama kepala OPD]');
    expect(placeholders).not.toContain('[variabel Nomor Nota Kesepakatan]');

    // A single PKS keeps its template: no variable, the MoU cited as it was when the PKS was made.
    const single = await buildDocument(ctx.server, owner.cookie, coop.id, { kind: 'pks', mouId: mou.id });
    expect(await exportedText(single.id, owner.cookie)).not.toContain('«');
  });

  it('fills a variant’s variables with its unit: the head, position, NIP, surat kuasa and address', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie);
    const pemkot = [...coop.parties].sort((a, b) => a.ordinal - b.ordinal)[1]!;
    // The Pemkot's own editor keeps its units.
    const editor = await buildMember(ctx.server, owner.cookie, coop, 'editor', 2);
    const unit = await ctx.server.api(`/api/cooperations/${coop.id}/units`, {
      cookie: editor.cookie,
      body: {
        partyId: pemkot.id,
        name: 'Dinas Sosial',
        shortName: 'Dinsos',
        headName: 'Dra. Hj. Siti Aminah, M.Si.',
        headPosition: 'Kepala Dinas Sosial',
        headNip: '197203041998032005',
        kuasaRef: 'Wali Kota Nomor 800/12/Setda tanggal 1 Desember 2026',
        address: 'Jl. Sultan Agung No. 3',
      },
    });
    expect(unit.status).toBe(201);
    const master = await ctx.server.api(`/api/cooperations/${coop.id}/documents`, {
      cookie: owner.cookie,
      body: { kind: 'pks', master: true },
    });
    const made = await ctx.server.api(`/api/documents/${master.body.document.id}/variants`, {
      cookie: owner.cookie,
      body: { unitIds: [unit.body.unit.id] },
    });
    expect(made.status).toBe(201);
    const text = await exportedText(made.body.variants[0].documentId, owner.cookie);
    expect(text).toContain(
      'Dra. Hj. Siti Aminah, M.Si., Kepala Dinas Sosial, NIP 197203041998032005, berdasarkan Surat Kuasa Wali Kota Nomor 800/12/Setda tanggal 1 Desember 2026, dalam hal ini bertindak untuk dan atas nama Dinas Sosial, berkedudukan di Jl. Sultan Agung No. 3',
    );
    expect(text).toContain('tercantum dalam Lampiran Rencana Kerja Dinsos');
  });

  it('refuses a master that is not a PKS', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie);
    const res = await ctx.server.api(`/api/cooperations/${coop.id}/documents`, {
      cookie: owner.cookie,
      body: { kind: 'mou', master: true },
    });
    expect(res.status).toBe(400);
  });
});
