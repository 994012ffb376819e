import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connection.ts';
import { updateCooperationSettings } from '../../server/db/repos/cooperations.ts';
import { paragraphs, readDocx, textIn } from '../../server/word/export/docxXml.ts';
import { buildCooperation, buildDocument, buildUser, demoCooperation } from '../support/factories.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer();

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function download(path: string, cookie?: string) {
  const res = await fetch(ctx.server.url + path, { headers: cookie ? { cookie } : {} });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('GET /api/documents/:id/export.docx', () => {
  it('exports the demo MoU with its numbered clauses, title block and signature block', async () => {
    const cookie = await ctx.server.login('ombudsman');
    const demo = await demoCooperation(ctx.server, cookie);
    const mou = demo.documents.find((d) => d.kind === 'mou')!;
    const { res, bytes } = await download(`/api/documents/${mou.id}/export.docx`, cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w-]+\.docx"/);

    const docx = await readDocx(bytes);
    const texts = paragraphs(docx.document).map((p) => p.text);
    expect(texts).toContain('NOTA KESEPAKATAN');
    const api = await ctx.server.api(`/api/documents/${mou.id}`, { cookie });
    // The file is named after the document's own title (its meta field), in words joined by hyphens.
    const title = api.body.document.meta.title as string;
    expect(title).toBeTruthy();
    const named = title.split(/\s+/).slice(0, 3).join('-');
    expect(res.headers.get('content-disposition')).toContain(`filename="${named}`);
    const clauses = api.body.document.clauses as { number: number; heading: string }[];
    expect(clauses.length).toBeGreaterThan(3);
    // Every Pasal of the API is in the file, numbered the same, its heading on the next line.
    for (const c of clauses) {
      const at = texts.indexOf(`Pasal ${c.number}`);
      expect(at).toBeGreaterThan(0);
      expect(texts[at + 1]).toBe(c.heading);
    }
    expect(texts.filter((t) => t.startsWith('NOMOR :'))).toHaveLength(demo.parties.length);
    // A draft: DRAF marking; paraf boxes; the signatures in the body's own section; F4 by default.
    expect(textIn(docx.sections[0]!.header)).toMatch(/^DRAF/);
    expect(textIn(docx.sections[0]!.footer)).toContain('Paraf PIHAK PERTAMA');
    expect(textIn(docx.sections[0]!.body)).toContain('PIHAK KEDUA,');
    expect(docx.sections[0]!.properties).toContain('<w:pgSz w:w="12189" w:h="18709"');
  });

  it('annexes the registered liaisons to the PKS, and not to the MoU', async () => {
    const cookie = await ctx.server.login('ombudsman');
    const demo = await demoCooperation(ctx.server, cookie);
    const liaisons = (await ctx.server.api(`/api/cooperations/${demo.id}/liaisons`, { cookie })).body
      .liaisons as {
      name: string;
      unit: string;
    }[];
    expect(liaisons.length).toBeGreaterThan(0);
    // The PKS for the city as a whole: a variant's annex lists only its own OPD's liaisons.
    const pks = demo.documents.find((d) => d.kind === 'pks' && d.tier === 'single')!;
    const pksDocx = await readDocx((await download(`/api/documents/${pks.id}/export.docx`, cookie)).bytes);
    const annex = textIn(pksDocx.sections.at(-1)!.body);
    expect(annex).toContain('DAFTAR PENGHUBUNG');
    for (const l of liaisons) expect(annex).toContain(l.name);
    const mou = demo.documents.find((d) => d.kind === 'mou')!;
    const mouDocx = await readDocx((await download(`/api/documents/${mou.id}/export.docx`, cookie)).bytes);
    expect(textIn(mouDocx.document)).not.toContain('DAFTAR PENGHUBUNG');
  });

  it('takes paper and font from the query, else from the cooperation settings', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie);
    const doc = await buildDocument(ctx.server, owner.cookie, coop.id, { kind: 'pks' });
    const a4 = await readDocx(
      (await download(`/api/documents/${doc.id}/export.docx?paper=a4&font=arial`, owner.cookie)).bytes,
    );
    expect(a4.sections[0]!.properties).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(a4.styles).toContain('w:ascii="Arial"');
    expect(paragraphs(a4.document).map((p) => p.text)).toContain('PERJANJIAN KERJA SAMA');

    const db = openDatabase(ctx.server.dbFile);
    try {
      updateCooperationSettings(db, coop.id, { export: { paper: 'a4', font: 'arial' } });
    } finally {
      db.close();
    }
    const fromSettings = await readDocx(
      (await download(`/api/documents/${doc.id}/export.docx`, owner.cookie)).bytes,
    );
    expect(fromSettings.sections[0]!.properties).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(fromSettings.styles).toContain('w:ascii="Arial"');
    const override = await readDocx(
      (await download(`/api/documents/${doc.id}/export.docx?paper=f4&font=bookman`, owner.cookie)).bytes,
    );
    expect(override.sections[0]!.properties).toContain('<w:pgSz w:w="12189" w:h="18709"');
    expect(override.styles).toContain('w:ascii="Bookman Old Style"');
  });

  it('lets any member export, and nobody else', async () => {
    const tamu = await ctx.server.login('tamu');
    const demo = await demoCooperation(ctx.server, tamu);
    const id = demo.documents[0]!.id;
    expect((await download(`/api/documents/${id}/export.docx`, tamu)).res.status).toBe(200);

    const anonymous = await ctx.server.api(`/api/documents/${id}/export.docx`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.id).toBe('auth.unauthorised');
    const outsider = await buildUser(ctx.server);
    const hidden = await ctx.server.api(`/api/documents/${id}/export.docx`, { cookie: outsider.cookie });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.id).toBe('document.not_found');
  });

  it('refuses an unknown paper size with a readable error', async () => {
    const cookie = await ctx.server.login('ombudsman');
    const demo = await demoCooperation(ctx.server, cookie);
    const res = await ctx.server.api(`/api/documents/${demo.documents[0]!.id}/export.docx?paper=letter`, {
      cookie,
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      id: 'validation.invalid',
      field: expect.stringContaining('paper'),
    });
    expect(res.body.error.messageEn).toBeTruthy();
  });
});
