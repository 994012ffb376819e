import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import { demoCooperation } from '../support/factories.ts';
import { startServer, type TestServer } from '../support/server.ts';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let server: TestServer;
let coop: CooperationDTO;
let owner: string;

beforeAll(async () => {
  server = await startServer();
  owner = await server.login('ombudsman');
  coop = await demoCooperation(server, owner);
});
afterAll(async () => {
  await server?.dispose();
});

const logoPath = (partyId: string) => `/api/cooperations/${coop.id}/parties/${partyId}/logo`;
const upload = (partyId: string, cookie: string, bytes: Uint8Array, type = 'image/png') => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), 'logo');
  return fetch(server.url + logoPath(partyId), {
    method: 'PUT',
    headers: { cookie, origin: server.url },
    body: form,
  });
};

describe('party logos in the title block', () => {
  it('the owner uploads a PNG; members read it; the export places it in the title block', async () => {
    const party = coop.parties.find((p) => p.ordinal === 1)!;
    const mou = coop.documents.find((d) => d.kind === 'mou')!;
    const exportMedia = async () => {
      const res = await fetch(`${server.url}/api/documents/${mou.id}/export.docx`, {
        headers: { cookie: owner },
      });
      const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
      return Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    };
    expect(await exportMedia()).toEqual([]);

    expect((await upload(party.id, owner, PNG)).status).toBe(204);
    const read = await fetch(server.url + logoPath(party.id), {
      headers: { cookie: await server.login('tamu') },
    });
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await read.arrayBuffer()).equals(PNG)).toBe(true);
    expect(await exportMedia()).toHaveLength(1);
  });

  it('refuses an editor, a file that is not an image, and a missing file, with bilingual errors', async () => {
    const party = coop.parties.find((p) => p.ordinal === 2)!;
    const editor = await upload(party.id, await server.login('pemkot'), PNG);
    expect(editor.status).toBe(403);

    const text = await upload(party.id, owner, Buffer.from('bukan gambar'), 'text/plain');
    expect(text.status).toBe(415);
    const body = (await text.json()) as { error: { id: string; message: string; messageEn: string } };
    expect(body.error.id).toBe('logo.unsupported');
    expect(body.error.message).toContain('PNG');
    expect(body.error.messageEn).toContain('PNG');

    const none = await fetch(server.url + logoPath(party.id), {
      method: 'PUT',
      headers: { cookie: owner, origin: server.url },
      body: new FormData(),
    });
    expect(none.status).toBe(400);
    const missing = await fetch(server.url + logoPath(party.id), { headers: { cookie: owner } });
    expect(missing.status).toBe(404);
  });
});
