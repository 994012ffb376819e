import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connection.ts';
import { textIn } from '../../server/word/export/docxXml.ts';
import { PART } from '../../shared/signedParts.ts';
import { type Approvable, finaliseAgreed } from '../support/agreement.ts';
import { demoSession } from '../support/demo.ts';
import { buildDocument } from '../support/factories.ts';
import { testPng } from '../support/images.ts';
import { uploadLogo as uploadPartyLogo } from '../support/logos.ts';

/**
 * What a final document prints from records outside its text (the parties' names and logos,
 * a PKS's liaisons) is frozen when it is finalised: a logo, a party name and the liaisons
 * changed afterwards leave the exported paper and its fingerprint exactly as they were, also
 * once signed and after a restart; a new draft, and the document reopened, print the records
 * as they are now, and the reopened document's parts ask for approval again.
 */
const demo = demoSession(['ombudsman', 'pemkot', 'tamu']);
const { cookies } = demo;

const both = () => [cookies.ombudsman, cookies.pemkot];
const party = (ordinal: number) => demo.coop.parties.find((p) => p.ordinal === ordinal)!;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const uploadLogo = (partyId: string, png: Buffer) =>
  uploadPartyLogo(demo.server, cookies.ombudsman, { cooperationId: demo.coop.id, partyId }, png);

/**
 * The exported .docx read back: every part of the zip (XML as text, images by hash) except
 * the package's own properties, which carry the time the file was made; and the body's text.
 */
async function exported(documentId: string) {
  const res = await fetch(`${demo.server.url}/api/documents/${documentId}/export.docx`, {
    headers: { cookie: cookies.tamu },
  });
  expect(res.status).toBe(200);
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name];
    if (file!.dir || name === 'docProps/core.xml') continue;
    parts[name] = name.startsWith('word/media/')
      ? sha(await file!.async('uint8array'))
      : await file!.async('string');
  }
  const media = Object.entries(parts)
    .filter(([name]) => name.startsWith('word/media/'))
    .map(([, hash]) => hash);
  return { parts, media, text: textIn(parts['word/document.xml']!) };
}

const documentOf = async (id: string) => {
  const res = await demo.server.api(`/api/documents/${id}`, { cookie: cookies.tamu });
  expect(res.status).toBe(200);
  return res.body.document as {
    status: string;
    parts: Approvable[];
    fingerprint: { full: string; short: string; version: number } | null;
  };
};
const footerOf = (docx: Awaited<ReturnType<typeof exported>>) =>
  Object.entries(docx.parts)
    .filter(([name]) => /^word\/footer\d*\.xml$/.test(name))
    .map(([, xml]) => textIn(xml))
    .join('\n');

describe('the records a final document prints are frozen at finalising', () => {
  it('a later logo, party name and liaison change neither the paper nor its fingerprint; a draft and the reopened document print them', async () => {
    const first = party(1);
    const second = party(2);
    const oldLogo = testPng(40, 60);
    await uploadLogo(first.id, oldLogo);
    const liaisons = await demo.server.api(`/api/cooperations/${demo.coop.id}/liaisons`, {
      cookie: cookies.ombudsman,
    });
    expect(liaisons.status).toBe(200);
    const liaison = liaisons.body.liaisons[0] as { id: string; name: string };
    expect(liaison).toBeDefined();

    const signedPks = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'pks' });
    const reopenedPks = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'pks' });
    for (const d of [signedPks, reopenedPks]) await finaliseAgreed(demo.server, both(), d.id);
    const before = await exported(signedPks.id);
    const final = await documentOf(signedPks.id);
    expect(final.status).toBe('final');
    expect(before.media).toContain(sha(oldLogo));
    expect(before.text).toContain(second.name.toUpperCase());
    expect(before.text).toContain(liaison.name);
    expect(footerOf(before)).toContain(`Sidik persetujuan ${final.fingerprint!.short}`);
    const reopenedBefore = await documentOf(reopenedPks.id);

    // The records change: another logo, the second party renamed (as an administrator would in
    // the database: no screen renames a party), a liaison replaced and one added.
    const newLogo = testPng(48, 200);
    await uploadLogo(first.id, newLogo);
    const renamed = { name: 'Pemerintah Kota Jambi (Nama Baru)', shortName: 'Pemkot Baru' };
    const db = openDatabase(demo.server.dbFile);
    try {
      db.prepare('UPDATE parties SET name = ?, short_name = ? WHERE id = ?').run(
        renamed.name,
        renamed.shortName,
        second.id,
      );
    } finally {
      db.close();
    }
    const patched = await demo.server.api(`/api/liaisons/${liaison.id}`, {
      cookie: cookies.ombudsman,
      method: 'PATCH',
      body: { name: 'Penghubung Pengganti' },
    });
    expect(patched.status).toBe(200);
    const added = await demo.server.api(`/api/cooperations/${demo.coop.id}/liaisons`, {
      cookie: cookies.ombudsman,
      body: {
        partyId: second.id,
        unit: 'Dinas Baru',
        name: 'Penghubung Tambahan',
        position: 'Kepala Dinas',
        phone: '0741-000',
        email: 'baru@jambikota.go.id',
      },
    });
    expect(added.status).toBe(201);

    // The final document: the same file, part for part, and the same parts and fingerprint.
    const after = await exported(signedPks.id);
    expect(after.parts).toEqual(before.parts);
    const stillFinal = await documentOf(signedPks.id);
    expect(stillFinal.parts).toEqual(final.parts);
    expect(stillFinal.parts.every((p) => p.state === 'agreed')).toBe(true);
    expect(stillFinal.fingerprint).toEqual(final.fingerprint);

    // Signed on the approved date and place, and after a restart: still the same paper.
    const signed = await demo.server.api(`/api/documents/${signedPks.id}/sign`, {
      cookie: cookies.ombudsman,
      body: { date: '2025-06-23', place: 'Kota Jambi' },
    });
    expect(signed.status).toBe(200);
    await demo.server.restart();
    await demo.login();
    expect((await exported(signedPks.id)).parts).toEqual(before.parts);
    expect((await documentOf(signedPks.id)).fingerprint).toEqual(final.fingerprint);

    // A new draft prints the records as they are now.
    const draft = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'pks' });
    const fresh = await exported(draft.id);
    expect(fresh.media).toContain(sha(newLogo));
    expect(fresh.media).not.toContain(sha(oldLogo));
    expect(fresh.text).toContain(renamed.name.toUpperCase());
    expect(fresh.text).toContain('Penghubung Pengganti');
    expect(fresh.text).toContain('Penghubung Tambahan');
    expect(fresh.text).not.toContain(liaison.name);

    // The other final document, reopened: the snapshot is dropped, the draft prints the records
    // now, and the parts they changed wait for both parties again.
    const untouched = await exported(reopenedPks.id);
    expect(untouched.media).toContain(sha(oldLogo));
    const reopened = await demo.server.api(`/api/documents/${reopenedPks.id}/reopen`, {
      cookie: cookies.ombudsman,
      body: { reason: 'Logo dan penghubung baru' },
    });
    expect(reopened.status).toBe(200);
    const redrafted = await exported(reopenedPks.id);
    expect(redrafted.media).toContain(sha(newLogo));
    expect(redrafted.text).toContain(renamed.name.toUpperCase());
    expect(redrafted.text).toContain('Penghubung Tambahan');
    const parts = (await documentOf(reopenedPks.id)).parts;
    const state = (id: string) => parts.find((p) => p.id === id)?.state;
    expect(state(PART.parties)).toBe('changed');
    expect(state(PART.annex)).toBe('changed');
    expect(state(PART.meta)).toBe('agreed');
    expect(parts.find((p) => p.id === PART.parties)?.hash).not.toBe(
      reopenedBefore.parts.find((p) => p.id === PART.parties)?.hash,
    );
  });
});
