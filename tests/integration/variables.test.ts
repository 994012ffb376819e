import { describe, expect, it } from 'vitest';
import { readDocx, textIn } from '../../server/word/export/docxXml.ts';
import { META, partyMetaKey } from '../../shared/meta.ts';
import { setMeta } from '../support/agreement.ts';
import { buildCooperation, buildDocument, buildUser } from '../support/factories.ts';
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

    // A single PKS keeps its template: no variable, the MoU cited as it was when the PKS was made.
    const single = await buildDocument(ctx.server, owner.cookie, coop.id, { kind: 'pks', mouId: mou.id });
    expect(await exportedText(single.id, owner.cookie)).not.toContain('«');
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
