import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { type TestClient, waitFor } from '../../server/collab/testing.ts';
import { openDatabase } from '../../server/db/connection.ts';
import { renderedText } from '../../server/word/pdfText.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import {
  appendToClause,
  bodyOf,
  clause,
  deleteClause,
  editBody,
  insertAfter,
  moveClause,
  paragraph,
} from '../support/bodyEdits.ts';
import { demoSession } from '../support/demo.ts';
import { buildDocument } from '../support/factories.ts';
import { missing } from '../support/tools.ts';

const demo = demoSession(['ombudsman', 'pemkot', 'tamu']);
const { cookies, open } = demo;
type Who = keyof typeof cookies;

const textOfBody = (doc: { getXmlFragment(name: string): { toString(): string } }) =>
  doc.getXmlFragment('body').toString();

/** A fresh MoU with both users connected and synced; returns its clause ids in order. */
const clauseIds = (doc: TestClient['doc']) =>
  (bodyOf(doc).content ?? []).filter((n) => n.type === 'clause').map((n) => String(n.attrs!.id));

async function freshDocument() {
  const document = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
  const ombudsman = await open(document.id, 'ombudsman');
  const pemkot = await open(document.id, 'pemkot');
  return { id: document.id, ombudsman, pemkot, ids: clauseIds(ombudsman.doc) };
}

/** Waits until the other client sees `needle` (it was stored: only stored updates are sent on). */
const seen = (client: TestClient, needle: string) =>
  waitFor(() => textOfBody(client.doc).includes(needle), needle);
const gone = (client: TestClient, needle: string) =>
  waitFor(() => !textOfBody(client.doc).includes(needle), needle);

const api = (path: string, user: Who, body?: unknown) =>
  demo.server.api(path, { cookie: cookies[user], body });
const newVersion = async (documentId: string, user: Who, label: string) => {
  const res = await api(`/api/documents/${documentId}/versions`, user, { label });
  expect(res.status).toBe(201);
  return res.body.version as { id: string; seq: number; label: string };
};

describe('history through the real server', () => {
  it('attributes each change to the user who made it, with party, texts before and after', async () => {
    const { id, ombudsman, pemkot, ids } = await freshDocument();
    editBody(ombudsman.doc, appendToClause(ids[0]!, 'Kalimat dari Ombudsman.'));
    await seen(pemkot, 'Kalimat dari Ombudsman.');
    editBody(pemkot.doc, appendToClause(ids[1]!, 'Kalimat dari Pemkot.'));
    await seen(ombudsman, 'Kalimat dari Pemkot.');

    const first = await api(`/api/documents/${id}/clauses/${ids[0]}/history`, 'pemkot');
    expect(first.status).toBe(200);
    const [latest] = first.body.entries;
    expect(latest.kind).toBe('changed');
    expect(latest.authors.map((a: { displayName: string }) => a.displayName)).toEqual(['Kepala Perwakilan']);
    expect(latest.authors[0].color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(latest.after.text).toContain('Kalimat dari Ombudsman.');
    expect(latest.before.text).not.toContain('Kalimat dari Ombudsman.');
    expect(latest.ops).toContainEqual({
      op: 'insert',
      text: expect.stringContaining('Kalimat dari Ombudsman.'),
    });
    // The first entry is the clause's creation with the document, by its creator.
    expect(first.body.entries.at(-1)).toMatchObject({ kind: 'added', before: null });

    const second = await api(`/api/documents/${id}/clauses/${ids[1]}/history`, 'ombudsman');
    expect(second.body.entries[0].authors.map((a: { displayName: string }) => a.displayName)).toEqual([
      'Kabag Kerja Sama',
    ]);
    expect(second.body.entries[0].authors[0].partyId).not.toBe(latest.authors[0].partyId);

    const unknown = await api(`/api/documents/${id}/clauses/tidakada/history`, 'ombudsman');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.id).toBe('clause.not_found');
  });

  it('reads a version back exactly, and compares: added, removed, moved and edited clauses with authors', async () => {
    const { id, ombudsman, pemkot, ids } = await freshDocument();
    const before = bodyOf(ombudsman.doc);
    const v1 = await newVersion(id, 'ombudsman', 'Sebelum rapat');

    editBody(ombudsman.doc, appendToClause(ids[0]!, 'Diubah oleh Ombudsman.'));
    editBody(
      pemkot.doc,
      insertAfter(ids[2]!, clause('pasalbaru01', 'Pasal Tambahan', paragraph('Isi pasal tambahan.'))),
    );
    editBody(pemkot.doc, deleteClause(ids[3]!));
    // The move crosses Pasal 4's removal on the way (made before it arrived): it stays removed.
    moveClause(ombudsman.doc, ids[5]!, ids[1]!);
    await seen(ombudsman, 'Isi pasal tambahan.');
    await waitFor(
      () => JSON.stringify(bodyOf(pemkot.doc)) === JSON.stringify(bodyOf(ombudsman.doc)),
      'in step',
    );
    const v2 = await newVersion(id, 'pemkot', 'Sesudah rapat');
    expect(v2.seq).toBeGreaterThan(v1.seq);

    const read = await api(`/api/documents/${id}/versions/${v1.id}`, 'pemkot');
    expect(read.status).toBe(200);
    expect(read.body.body).toEqual(before);
    expect(read.body.clauses.map((c: { id: string }) => c.id)).toEqual(ids);
    expect(read.body.version).toMatchObject({ label: 'Sebelum rapat', kind: 'manual' });

    const list = await api(`/api/documents/${id}/versions`, 'pemkot');
    const listed = list.body.versions.find((v: { id: string }) => v.id === v2.id);
    expect(listed.author.displayName).toBe('Kabag Kerja Sama');
    expect(listed.summary).toMatchObject({
      previousVersionId: v1.id,
      added: 1,
      removed: 1,
      changed: 1,
      moved: 1,
    });

    const cmp = await api(`/api/documents/${id}/compare?from=${v1.id}&to=${v2.id}`, 'ombudsman');
    expect(cmp.status).toBe(200);
    const by = new Map(cmp.body.clauses.map((c: { clauseId: string }) => [c.clauseId, c]));
    const names = (c: unknown) =>
      (c as { authors: { displayName: string }[] }).authors.map((a) => a.displayName);
    expect(by.get('pasalbaru01')).toMatchObject({ status: 'added' });
    expect(names(by.get('pasalbaru01'))).toEqual(['Kabag Kerja Sama']);
    expect(by.get(ids[3])).toMatchObject({ status: 'removed' });
    expect(names(by.get(ids[3]))).toEqual(['Kabag Kerja Sama']);
    expect(by.get(ids[5])).toMatchObject({ status: 'unchanged', moved: true, renumbered: true });
    expect(names(by.get(ids[5]))).toEqual(['Kepala Perwakilan']);
    expect(by.get(ids[0])).toMatchObject({ status: 'changed', moved: false });
    expect(names(by.get(ids[0]))).toEqual(['Kepala Perwakilan']);
    expect(cmp.body.counts).toMatchObject({ added: 1, removed: 1, changed: 1, moved: 1 });

    // `current` is the live text; a version compared with itself has no differences.
    const now = await api(`/api/documents/${id}/compare?from=${v2.id}&to=current`, 'tamu');
    expect(now.body.counts).toMatchObject({ added: 0, removed: 0, changed: 0, moved: 0 });
    expect((await api(`/api/documents/${id}/compare?from=nope`, 'tamu')).status).toBe(404);
  });

  /** The comparison exported by the test below, which LibreOffice then opens. */
  let redline: Buffer | undefined;

  it('exports the comparison as a .docx with w:ins/w:del by the right authors', async () => {
    const { id, ombudsman, pemkot, ids } = await freshDocument();
    const v1 = await newVersion(id, 'ombudsman', 'Awal');
    editBody(ombudsman.doc, appendToClause(ids[0]!, 'Tambahan dari Ombudsman.'));
    await seen(pemkot, 'Tambahan dari Ombudsman.');
    // Both edit the same clause, one after the other: each is credited with their own words. (A
    // clause's content is recorded once per attribution window of 0.5 s; two people typing in
    // the same clause within one window are credited together.)
    await new Promise((r) => setTimeout(r, 700));
    editBody(pemkot.doc, appendToClause(ids[0]!, 'Tambahan dari Pemkot.'));
    await seen(ombudsman, 'Tambahan dari Pemkot.');
    editBody(pemkot.doc, deleteClause(ids[1]!));
    await waitFor(() => !bodyOf(ombudsman.doc).content!.some((n) => n.attrs?.id === ids[1]), 'deleted');

    const res = await fetch(`${demo.server.url}/api/documents/${id}/compare.docx?from=${v1.id}&to=current`, {
      headers: { cookie: cookies.pemkot },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const file = Buffer.from(await res.arrayBuffer());
    const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
    const authors = (tag: string) =>
      new Set([...xml.matchAll(new RegExp(`<w:${tag}\\b[^>]*w:author="([^"]+)"`, 'g'))].map((m) => m[1]));
    expect([...authors('ins')].some((a) => a!.startsWith('Kepala Perwakilan'))).toBe(true);
    expect([...authors('del')].some((a) => a!.startsWith('Kabag Kerja Sama'))).toBe(true);
    expect(xml).toMatch(/<w:ins\b[^>]*w:date="\d{4}-\d\d-\d\dT/);
    const insertedBy = (words: string) =>
      new RegExp(`<w:ins\\b[^>]*w:author="([^"]+)"[^>]*>(?:(?!</w:ins>)[\\s\\S])*${words}`).exec(xml)?.[1];
    expect(insertedBy('Tambahan dari Ombudsman.')).toMatch(/^Kepala Perwakilan/);
    expect(insertedBy('Tambahan dari Pemkot.')).toMatch(/^Kabag Kerja Sama/);
    redline = file;
  }, 120_000);

  // Skips (outside CI) when LibreOffice or pdftotext is not installed.
  it.skipIf(missing('soffice', 'pdftotext'))(
    'LibreOffice opens the exported comparison',
    () => {
      const file = redline;
      if (!file) throw new Error('the export test above did not produce the comparison');
      const text = renderedText(file);
      expect(text).toContain('NOTA KESEPAKATAN');
      expect(text).toContain('Tambahan dari Ombudsman.');
    },
    120_000,
  );

  it('restores a changed clause, a deleted clause and the whole body as new changes by the restorer', async () => {
    const { id, ombudsman, pemkot, ids } = await freshDocument();
    const v1 = await newVersion(id, 'ombudsman', 'Baik');
    const original = JSON.stringify(bodyOf(ombudsman.doc));
    editBody(ombudsman.doc, appendToClause(ids[0]!, 'Kalimat yang keliru.'));
    editBody(ombudsman.doc, deleteClause(ids[2]!));
    await seen(pemkot, 'Kalimat yang keliru.');
    await waitFor(() => !bodyOf(pemkot.doc).content!.some((n) => n.attrs?.id === ids[2]), 'deleted');
    const seqBefore = (await api(`/api/documents/${id}/versions`, 'pemkot')).body.currentSeq;

    const restored = await api(`/api/documents/${id}/restore`, 'pemkot', {
      versionId: v1.id,
      clauseId: ids[0],
    });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ restored: 'clause', clauseId: ids[0], changed: true });
    expect(restored.body.seq).toBeGreaterThan(seqBefore);
    await gone(ombudsman, 'Kalimat yang keliru.');
    const history = await api(`/api/documents/${id}/clauses/${ids[0]}/history`, 'ombudsman');
    expect(history.body.entries[0].authors.map((a: { displayName: string }) => a.displayName)).toEqual([
      'Kabag Kerja Sama',
    ]);
    expect(history.body.entries[0].ops).toContainEqual({
      op: 'delete',
      text: expect.stringContaining('keliru'),
    });
    // History is never rewritten: the wrong sentence is still in the entry before.
    expect(history.body.entries[1].after.text).toContain('Kalimat yang keliru.');

    // A deleted clause comes back where it stood.
    const back = await api(`/api/documents/${id}/restore`, 'pemkot', { versionId: v1.id, clauseId: ids[2] });
    expect(back.body).toMatchObject({ changed: true });
    await waitFor(() => bodyOf(ombudsman.doc).content!.some((n) => n.attrs?.id === ids[2]), 'back');
    const order = (doc: PMJSON) =>
      (doc.content ?? []).filter((n) => n.type === 'clause').map((n) => n.attrs!.id);
    expect(order(bodyOf(ombudsman.doc))).toEqual(ids);
    expect(JSON.stringify(bodyOf(ombudsman.doc))).toBe(original);

    // Restoring what is already there writes nothing; the whole body likewise.
    const again = await api(`/api/documents/${id}/restore`, 'ombudsman', { versionId: v1.id });
    expect(again.body).toMatchObject({ restored: 'document', changed: false });
  });

  it('refuses restore to viewers, unknown versions and clauses, and final documents', async () => {
    const { id, ids } = await freshDocument();
    const v1 = await newVersion(id, 'ombudsman', 'Satu');
    const viewer = await api(`/api/documents/${id}/restore`, 'tamu', { versionId: v1.id });
    expect(viewer.status).toBe(403);
    expect((await api(`/api/documents/${id}/versions`, 'tamu', { label: 'x' })).status).toBe(403);
    expect(
      (await api(`/api/documents/${id}/restore`, 'pemkot', { versionId: 'tidakada' })).body.error.id,
    ).toBe('version.not_found');
    const noClause = await api(`/api/documents/${id}/restore`, 'pemkot', {
      versionId: v1.id,
      clauseId: 'tidakada',
    });
    expect(noClause.body.error.id).toBe('clause.not_found');
    expect(ids.length).toBeGreaterThan(0);

    const db = openDatabase(demo.server.dbFile);
    try {
      db.prepare("UPDATE documents SET status = 'final' WHERE id = ?").run(id);
    } finally {
      db.close();
    }
    const locked = await api(`/api/documents/${id}/restore`, 'ombudsman', { versionId: v1.id });
    expect(locked.status).toBe(409);
    expect(locked.body.error.id).toBe('document.not_draft');
    expect(locked.body.error.messageEn).toBeTruthy();
  });

  it('lists the history endpoints in the OpenAPI document', async () => {
    const spec = (await demo.server.api('/api/openapi.json')).body;
    for (const path of [
      '/api/documents/{id}/versions',
      '/api/documents/{id}/versions/{versionId}',
      '/api/documents/{id}/clauses/{clauseId}/history',
      '/api/documents/{id}/compare',
      '/api/documents/{id}/compare.docx',
      '/api/documents/{id}/restore',
    ]) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
  });
});
