import { describe, expect, it } from 'vitest';
import { readDocx, tables, textIn } from '../../server/word/export/docxXml.ts';
import { buildCooperation, buildDocument, buildMember, buildUser } from '../support/factories.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer();

async function exported(path: string, cookie: string) {
  const res = await fetch(ctx.server.url + path, { headers: { cookie } });
  return { res, docx: res.status === 200 ? await readDocx(Buffer.from(await res.arrayBuffer())) : null };
}

/** The signature block of an export: the last table of its first section. */
const signatures = (body: string) => tables(body).at(-1) ?? [];

describe('printed originals and party settings', () => {
  it('prints the original each party keeps, the meterai under the party who hands it over', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie);
    const doc = await buildDocument(ctx.server, owner.cookie, coop.id, { kind: 'pks' });
    const url = `/api/documents/${doc.id}/export.docx`;

    const forFirst = await exported(`${url}?original=1`, owner.cookie);
    expect(forFirst.res.status).toBe(200);
    expect(forFirst.res.headers.get('content-disposition')).toMatch(/asli-PIHAK-PERTAMA\.docx"/);
    expect(signatures(forFirst.docx!.sections[0]!.body)[1]).toEqual(['', 'Meterai Rp10.000']);

    const forSecond = await exported(`${url}?original=2`, owner.cookie);
    expect(forSecond.res.headers.get('content-disposition')).toMatch(/asli-PIHAK-KEDUA\.docx"/);
    expect(signatures(forSecond.docx!.sections[0]!.body)[1]).toEqual(['Meterai Rp10.000', '']);

    for (const bad of ['3', '0', 'dua']) {
      const res = await ctx.server.api(`${url}?original=${bad}`, { cookie: owner.cookie });
      expect(res.status).toBe(400);
      expect(res.body.error.field).toContain('original');
      expect(res.body.error.message).toBeTruthy();
      expect(res.body.error.messageEn).toBeTruthy();
    }
  });

  it('lets the owner choose PIHAK KESATU and PIHAK PERTAMA on the right, for the export and new documents', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie);
    const before = await buildDocument(ctx.server, owner.cookie, coop.id, { kind: 'mou' });
    const settingsUrl = `/api/cooperations/${coop.id}/settings`;
    const saved = await ctx.server.api(settingsUrl, {
      method: 'PATCH',
      cookie: owner.cookie,
      body: { parties: { wording: 'kesatu', signatureOrder: 'firstRight' } },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.settings.parties).toEqual({ wording: 'kesatu', signatureOrder: 'firstRight' });
    // Each key replaces its own value only.
    const again = await ctx.server.api(settingsUrl, {
      method: 'PATCH',
      cookie: owner.cookie,
      body: { parties: { wording: 'kesatu' } },
    });
    expect(again.body.settings.parties.signatureOrder).toBe('firstRight');
    const seen = await ctx.server.api(`/api/cooperations/${coop.id}`, { cookie: owner.cookie });
    expect(seen.body.cooperation.settings.parties).toEqual({
      wording: 'kesatu',
      signatureOrder: 'firstRight',
    });

    const doc = await buildDocument(ctx.server, owner.cookie, coop.id, { kind: 'mou' });
    const { docx } = await exported(`/api/documents/${doc.id}/export.docx`, owner.cookie);
    const body = docx!.sections[0]!.body;
    expect(signatures(body)[0]![0]).toMatch(/^PIHAK KEDUA,/);
    expect(signatures(body)[0]![1]).toMatch(/^PIHAK KESATU,/);
    expect(textIn(docx!.sections[0]!.footer)).toContain('Paraf PIHAK KESATU');
    // The komparisi and the text of a document made after the choice say KESATU too.
    expect(textIn(body)).toContain('selanjutnya disebut PIHAK KESATU');
    expect(textIn(body)).not.toContain('PIHAK PERTAMA');
    // A document written with PIHAK PERTAMA before the change signs as its text says.
    const older = await exported(`/api/documents/${before.id}/export.docx`, owner.cookie);
    expect(signatures(older.docx!.sections[0]!.body)[0]![1]).toMatch(/^PIHAK PERTAMA,/);
    expect(textIn(older.docx!.sections[0]!.footer)).toContain('Paraf PIHAK PERTAMA');
  });

  it('gives a library clause in the wording asked for, and refuses an unknown one', async () => {
    const { cookie } = await buildUser(ctx.server);
    const url = '/api/clause-library/hak-dan-kewajiban?kind=pks';
    const kesatu = await ctx.server.api(`${url}&wording=kesatu`, { cookie });
    expect(kesatu.status).toBe(200);
    expect(JSON.stringify(kesatu.body.clause)).toContain('PIHAK KESATU');
    expect(JSON.stringify(kesatu.body.clause)).not.toContain('PIHAK PERTAMA');
    const pertama = await ctx.server.api(url, { cookie });
    expect(JSON.stringify(pertama.body.clause)).toContain('PIHAK PERTAMA');
    const bad = await ctx.server.api(`${url}&wording=satu`, { cookie });
    expect(bad.status).toBe(400);
    expect(bad.body.error.messageEn).toBeTruthy();
  });

  it('refuses unknown settings with a bilingual error, and anyone but the owner', async () => {
    const owner = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, owner.cookie);
    const settingsUrl = `/api/cooperations/${coop.id}/settings`;
    for (const body of [
      { parties: { wording: 'satu' } },
      { parties: { signatureOrder: 'left' } },
      { parties: { wording: 'kesatu', colour: 'red' } },
      { theme: 'dark' },
    ]) {
      const res = await ctx.server.api(settingsUrl, { method: 'PATCH', cookie: owner.cookie, body });
      expect(res.status).toBe(400);
      expect(res.body.error.id).toBe('validation.invalid');
      expect(res.body.error.message).toBeTruthy();
      expect(res.body.error.messageEn).toBeTruthy();
    }
    const editor = await buildMember(ctx.server, owner.cookie, coop, 'editor');
    const refused = await ctx.server.api(settingsUrl, {
      method: 'PATCH',
      cookie: editor.cookie,
      body: { parties: { wording: 'kesatu' } },
    });
    expect(refused.status).toBe(403);
    const seen = await ctx.server.api(`/api/cooperations/${coop.id}`, { cookie: owner.cookie });
    expect(seen.body.cooperation.settings.parties).toBeUndefined();
  });
});
