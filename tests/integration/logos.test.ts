import { DOMParser } from '@xmldom/xmldom';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { pngOf, pngRows, trueJpeg, truePng } from '../../server/word/export/imageFixtures.ts';
import { demoCooperation } from '../support/factories.ts';
import { withServer } from '../support/withServer.ts';

/** A 40×20 PNG (a logo must be at least 16 pixels a side). */
const PNG = truePng(40, 20);

const ctx = withServer(async (server) => {
  const owner = await server.login('ombudsman');
  return { owner, coop: await demoCooperation(server, owner) };
});

const logoPath = (partyId: string) => `/api/cooperations/${ctx.world.coop.id}/parties/${partyId}/logo`;
const upload = (partyId: string, cookie: string, bytes: Uint8Array, type = 'image/png') => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), 'logo');
  return fetch(ctx.server.url + logoPath(partyId), {
    method: 'PUT',
    headers: { cookie, origin: ctx.server.url },
    body: form,
  });
};

describe('party logos in the title block', () => {
  it('the owner uploads a PNG; members read it; the export places it in the title block', async () => {
    const party = ctx.world.coop.parties.find((p) => p.ordinal === 1)!;
    const mou = ctx.world.coop.documents.find((d) => d.kind === 'mou')!;
    const exportMedia = async () => {
      const res = await fetch(`${ctx.server.url}/api/documents/${mou.id}/export.docx`, {
        headers: { cookie: ctx.world.owner },
      });
      const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
      return Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    };
    expect(await exportMedia()).toEqual([]);

    expect((await upload(party.id, ctx.world.owner, PNG)).status).toBe(204);
    const read = await fetch(ctx.server.url + logoPath(party.id), {
      headers: { cookie: await ctx.server.login('tamu') },
    });
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await read.arrayBuffer()).equals(PNG)).toBe(true);
    expect(await exportMedia()).toHaveLength(1);
  });

  it('refuses an editor, a file that is not an image, and a missing file, with bilingual errors', async () => {
    const party = ctx.world.coop.parties.find((p) => p.ordinal === 2)!;
    const editor = await upload(party.id, await ctx.server.login('pemkot'), PNG);
    expect(editor.status).toBe(403);

    const text = await upload(party.id, ctx.world.owner, Buffer.from('bukan gambar'), 'text/plain');
    expect(text.status).toBe(415);
    const body = (await text.json()) as { error: { id: string; message: string; messageEn: string } };
    expect(body.error.id).toBe('logo.unsupported');
    expect(body.error.message).toContain('PNG');
    expect(body.error.messageEn).toContain('PNG');

    const none = await fetch(ctx.server.url + logoPath(party.id), {
      method: 'PUT',
      headers: { cookie: ctx.world.owner, origin: ctx.server.url },
      body: new FormData(),
    });
    expect(none.status).toBe(400);
    const missing = await fetch(ctx.server.url + logoPath(party.id), {
      headers: { cookie: ctx.world.owner },
    });
    expect(missing.status).toBe(404);
  });
});

/**
 * Every XML part of a .docx parsed strictly, and every drawing's extents whole positive numbers
 * (Word refuses a file whose `wp:extent` says NaN). Returns the media files and the extents.
 */
async function parseExport(cookie: string, documentId: string) {
  const res = await fetch(`${ctx.server.url}/api/documents/${documentId}/export.docx`, {
    headers: { cookie },
  });
  expect(res.status).toBe(200);
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  const extents: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    // xmldom reports a mismatched tag as a warning: every complaint fails.
    const complain = (message: string) => {
      throw new Error(`${name}: ${message}`);
    };
    new DOMParser({
      errorHandler: { warning: complain, error: complain, fatalError: complain },
    }).parseFromString(xml, 'text/xml');
    for (const [, cx, cy] of xml.matchAll(/<(?:wp:extent|a:ext) cx="([^"]*)" cy="([^"]*)"/g))
      extents.push(`${cx}×${cy}`);
  }
  expect(extents.filter((e) => !/^[1-9]\d*×[1-9]\d*$/.test(e))).toEqual([]);
  return { media: Object.keys(zip.files).filter((f) => f.startsWith('word/media/')), extents };
}

const refusal = async (res: Response) => ({
  status: res.status,
  id: ((await res.json()) as { error: { id: string } }).error.id,
});

describe('logos are decoded and bounded', () => {
  it('refuses a 0×0 header, a lying header, a truncated JPEG and a bomb; the export stays valid', async () => {
    const party = ctx.world.coop.parties.find((p) => p.ordinal === 2)!;
    const mou = ctx.world.coop.documents.find((d) => d.kind === 'mou')!;
    const jpg = trueJpeg(64, 64);
    const attempts: [string, Uint8Array, string, number, string][] = [
      ['0×0', pngOf(0, 0, Buffer.alloc(0)), 'image/png', 422, 'logo.dimensions'],
      ['too wide', pngOf(60_000, 40, Buffer.alloc(16)), 'image/png', 422, 'logo.dimensions'],
      ['header lies', pngOf(200, 200, pngRows(20, 20)), 'image/png', 422, 'logo.unreadable'],
      ['truncated JPEG', jpg.subarray(0, Math.floor(jpg.length * 0.6)), 'image/jpeg', 422, 'logo.unreadable'],
      ['bomb', pngOf(64, 64, Buffer.alloc(64 * 1024 * 1024)), 'image/png', 422, 'logo.unreadable'],
    ];
    for (const [what, bytes, type, status, id] of attempts) {
      const res = await upload(party.id, ctx.world.owner, bytes, type);
      expect({ what, ...(await refusal(res)) }).toEqual({ what, status, id });
    }
    const { media } = await parseExport(ctx.world.owner, mou.id);
    expect(media).toHaveLength(1); // the first party's logo of the test above, nothing of these

    expect((await upload(party.id, ctx.world.owner, truePng(300, 150))).status).toBe(204);
    expect((await upload(party.id, ctx.world.owner, jpg, 'image/jpeg')).status).toBe(204);
    const after = await parseExport(ctx.world.owner, mou.id);
    expect(after.media).toHaveLength(2);
  });

  it('a logo stored with a 0×0 header before uploads were decoded is left out of the export, which stays valid', async () => {
    const party = ctx.world.coop.parties.find((p) => p.ordinal === 2)!;
    const mou = ctx.world.coop.documents.find((d) => d.kind === 'mou')!;
    const db = new Database(ctx.server.dbFile);
    try {
      db.prepare('UPDATE parties SET logo = ?, logo_mime = ? WHERE id = ?').run(
        pngOf(0, 0, Buffer.alloc(0)),
        'image/png',
        party.id,
      );
    } finally {
      db.close();
    }
    const { media } = await parseExport(ctx.world.owner, mou.id);
    expect(media).toHaveLength(1);
  });

  it('refuses a logo over the size limit with 413 logo.too_large, read or declared', async () => {
    const party = ctx.world.coop.parties.find((p) => p.ordinal === 2)!;
    const read = await upload(party.id, ctx.world.owner, new Uint8Array(1024 * 1024 + 1));
    expect(await refusal(read)).toEqual({ status: 413, id: 'logo.too_large' });
    // 8 MiB declared: answered before any of it is read, then the rest is read and thrown away.
    const declared = await upload(party.id, ctx.world.owner, new Uint8Array(8 * 1024 * 1024));
    expect(await refusal(declared)).toEqual({ status: 413, id: 'logo.too_large' });
  });
});
