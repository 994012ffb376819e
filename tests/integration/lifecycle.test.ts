import { describe, expect, it, vi } from 'vitest';
import { sleep, snapshot } from '../../server/collab/testing.ts';
import { approvables, approveAll, fillSigning } from '../support/agreement.ts';
import { appendToClause, deleteClause, editBody, paragraph, ref } from '../support/bodyEdits.ts';
import { demoSession } from '../support/demo.ts';
import { buildDocument } from '../support/factories.ts';

const demo = demoSession(['ombudsman', 'pemkot', 'tamu']);
const { cookies, open } = demo;
type Who = keyof typeof cookies;

type Clause = { id: string; number: number; hash: string; state: string };

const getDocument = async (id: string, who: Who = 'ombudsman') => {
  const res = await demo.server.api(`/api/documents/${id}`, { cookie: cookies[who] });
  expect(res.status).toBe(200);
  return res.body as {
    document: {
      status: string;
      clauses: Clause[];
      parts: Clause[];
      fingerprint: { short: string; full: string; version: number } | null;
      meta: Record<string, string>;
    };
    permissions: Record<string, boolean>;
  };
};
const clausesOf = async (id: string) => (await getDocument(id)).document.clauses;
const post = (path: string, who: Who, body?: unknown) =>
  demo.server.api(path, { cookie: cookies[who], method: 'POST', ...(body === undefined ? {} : { body }) });
const approve = (id: string, c: Pick<Clause, 'id' | 'hash'>, who: Who) =>
  post(`/api/documents/${id}/clauses/${c.id}/approvals`, who, { hash: c.hash });
/** Both parties approve the given clauses at their current text. */
async function agreeOn(id: string, clauses: Clause[]) {
  for (const c of clauses) {
    for (const who of ['ombudsman', 'pemkot'] as const) expect((await approve(id, c, who)).status).toBe(201);
  }
}
/** The signing date and place filled in, and every Pasal and part agreed by both parties. */
async function readyToFinalise(id: string) {
  await fillSigning(demo.server, cookies.ombudsman, id);
  await approveAll(demo.server, [cookies.ombudsman, cookies.pemkot], id);
}
const eventually = <T>(check: () => Promise<T>) => vi.waitFor(check, { timeout: 10_000, interval: 50 });
const today = () => new Date().toISOString().slice(0, 10);

describe('draft → final → signed', () => {
  it('finalising waits for every party on every Pasal and for sound references; then the server refuses writes', async () => {
    const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    const finalize = (who: Who) => post(`/api/documents/${id}/finalize`, who);

    expect((await finalize('tamu')).status).toBe(403);
    // The checklist first: the template leaves the date and place of signing empty.
    const incomplete = await finalize('pemkot');
    expect(incomplete.status).toBe(409);
    expect(incomplete.body.error.id).toBe('document.incomplete');
    await fillSigning(demo.server, cookies.ombudsman, id);
    const none = await finalize('pemkot');
    expect(none.status).toBe(409);
    expect(none.body.error.id).toBe('document.not_agreed');
    const { clauses: all, parts } = await approvables(demo.server, cookies.ombudsman, id);
    expect(none.body.error.details.clauses.map((c: Clause) => c.id)).toEqual(all.map((c) => c.id));
    expect(none.body.error.details.parts.map((p: { id: string }) => p.id)).toEqual(parts.map((p) => p.id));
    expect(none.body.error.message).toContain('Penutup');
    await approveAll(demo.server, [cookies.ombudsman, cookies.pemkot], id, parts);

    // A reference to a clause that is gone, in the first Pasal.
    const editor = await open(id, 'pemkot');
    editBody(editor.doc, appendToClause(all[0]!.id, paragraph('Lihat ', ref('pasal-yang-hilang'), '.')));
    await eventually(async () => expect((await clausesOf(id))[0]!.hash).not.toBe(all[0]!.hash));
    const withRef = await clausesOf(id);

    await agreeOn(id, withRef.slice(0, -1));
    const oneLeft = await finalize('pemkot');
    expect(oneLeft.status).toBe(409);
    expect(oneLeft.body.error.id).toBe('document.not_agreed');
    const last = withRef.at(-1)!;
    expect(oneLeft.body.error.details.clauses).toEqual([
      expect.objectContaining({ id: last.id, number: last.number, state: 'draft' }),
    ]);
    expect(oneLeft.body.error.details.parts).toEqual([]);
    expect(oneLeft.body.error.message).toContain(`Pasal ${last.number}`);
    expect(oneLeft.body.error.messageEn).toContain(`Pasal ${last.number}`);

    await agreeOn(id, [last]);
    const broken = await finalize('pemkot');
    expect(broken.status).toBe(409);
    expect(broken.body.error.id).toBe('document.broken_references');
    expect(broken.body.error.details.references).toEqual([{ clauseId: 'pasal-yang-hilang', ayat: null }]);

    // Take the reference out: the first Pasal is back to its original text, which nobody approved.
    editBody(editor.doc, (body) => {
      const first = body.content!.find((n) => n.attrs?.id === all[0]!.id)!;
      first.content!.pop();
      return body;
    });
    await eventually(async () => expect((await clausesOf(id))[0]!.hash).toBe(all[0]!.hash));
    expect((await clausesOf(id))[0]!.state).toBe('changed');
    await agreeOn(id, [(await clausesOf(id))[0]!]);

    const observer = await open(id, 'ombudsman');
    const done = await finalize('pemkot');
    expect(done.status).toBe(200);
    expect(done.body.document).toMatchObject({ id, status: 'final' });
    expect(done.body.event).toMatchObject({ action: 'finalize', fromStatus: 'draft', toStatus: 'final' });
    const locked = await getDocument(id, 'pemkot');
    expect(locked.document.status).toBe('final');
    expect(locked.permissions).toMatchObject({ canEdit: false, canComment: false, canApprove: false });
    expect(locked.document.clauses.every((c) => c.state === 'agreed')).toBe(true);

    // The editor's socket, open since before finalising, is now read-only: its edit is dropped.
    const before = snapshot(observer.doc);
    editBody(editor.doc, appendToClause(all[1]!.id, 'DIUBAH SETELAH FINAL (soket lama).'));
    // A socket opened after finalising is read-only from the start.
    const late = await open(id, 'pemkot');
    editBody(late.doc, appendToClause(all[2]!.id, 'DIUBAH SETELAH FINAL (soket baru).'));
    late.doc.getMap('meta').set('title', 'Judul diubah setelah final');
    await sleep(400);
    expect(snapshot(observer.doc)).toBe(before);
    const fresh = await open(id, 'tamu');
    expect(snapshot(fresh.doc)).toBe(before);
    expect(snapshot(fresh.doc)).not.toContain('SETELAH FINAL');
    expect((await clausesOf(id)).map((c) => c.hash)).toEqual(locked.document.clauses.map((c) => c.hash));

    // REST writes are refused too.
    const again = await approve(id, all[1]!, 'pemkot');
    expect(again.status).toBe(409);
    expect(again.body.error.id).toBe('document.not_draft');
    const withdraw = await demo.server.api(`/api/documents/${id}/clauses/${all[1]!.id}/approvals`, {
      cookie: cookies.pemkot,
      method: 'DELETE',
    });
    expect(withdraw.status).toBe(409);
    expect((await finalize('ombudsman')).body.error.id).toBe('document.not_draft');
  });

  it('only the owner reopens, with a reason; editors can write again; then the owner signs on the approved date and place', async () => {
    const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    const reopen = (who: Who, body: unknown) => post(`/api/documents/${id}/reopen`, who, body);
    const sign = (who: Who, body: unknown) => post(`/api/documents/${id}/sign`, who, body);

    expect((await reopen('ombudsman', { reason: 'Belum final' })).body.error.id).toBe('document.not_final');
    expect((await sign('ombudsman', { date: today(), place: 'Jambi' })).body.error.id).toBe(
      'document.not_final',
    );

    await readyToFinalise(id);
    expect((await post(`/api/documents/${id}/finalize`, 'ombudsman')).status).toBe(200);

    const editor = await open(id, 'pemkot');
    expect((await reopen('pemkot', { reason: 'Ada salah ketik' })).status).toBe(403);
    const noReason = await reopen('ombudsman', {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('reason');
    expect((await reopen('ombudsman', { reason: '   ' })).body.error.field).toBe('reason');
    const reopened = await reopen('ombudsman', { reason: 'Ada salah ketik di Pasal 2' });
    expect(reopened.status).toBe(200);
    expect(reopened.body.document.status).toBe('draft');
    expect(reopened.body.event).toMatchObject({ action: 'reopen', reason: 'Ada salah ketik di Pasal 2' });
    // Approvals name exact text, so the untouched clauses are still agreed.
    const clauses = await clausesOf(id);
    expect(clauses.every((c) => c.state === 'agreed')).toBe(true);

    // The open socket of the editor is writable again.
    editBody(editor.doc, appendToClause(clauses[1]!.id, 'Perbaikan setelah dibuka kembali.'));
    await eventually(async () => expect((await clausesOf(id))[1]!.state).toBe('changed'));
    await agreeOn(id, [(await clausesOf(id))[1]!]);
    expect((await post(`/api/documents/${id}/finalize`, 'pemkot')).status).toBe(200);

    expect((await sign('pemkot', { date: today(), place: 'Jambi' })).status).toBe(403);
    const notADay = await sign('ombudsman', { date: '2025-02-30', place: 'Jambi' });
    expect(notADay.status).toBe(400);
    expect(notADay.body.error).toMatchObject({ id: 'validation.invalid', field: 'date' });
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect((await sign('ombudsman', { date: future, place: 'Jambi' })).body.error.field).toBe('date');
    expect((await sign('ombudsman', { date: '10-03-2025', place: 'Jambi' })).body.error.field).toBe('date');
    expect((await sign('ombudsman', { date: today() })).body.error.field).toBe('place');

    // The date and place are those the final text prints and both parties approved (fillSigning):
    // another day or place would change the paper after approval, so it is refused.
    const approved = { date: '2025-06-23', place: 'Kota Jambi' };
    for (const other of [
      { ...approved, place: 'Muara Bulian' },
      { ...approved, date: today() },
    ]) {
      const refused = await sign('ombudsman', other);
      expect(refused.status, JSON.stringify(other)).toBe(409);
      expect(refused.body.error).toMatchObject({ id: 'document.signing_mismatch', details: approved });
      expect(refused.body.error.message).toContain('buka kembali dokumen');
      expect(refused.body.error.messageEn).toContain('reopen the document');
    }
    const final = await getDocument(id, 'tamu');
    expect(final.document.status).toBe('final');

    const signed = await sign('ombudsman', { ...approved, place: '  Kota Jambi ' });
    expect(signed.status).toBe(200);
    expect(signed.body.document.status).toBe('signed');
    expect(signed.body.event).toMatchObject({
      action: 'sign',
      signedDate: approved.date,
      signedPlace: 'Kota Jambi',
    });
    // Signing changed nothing in what was approved and is printed.
    const read = await getDocument(id, 'tamu');
    expect(read.document.status).toBe('signed');
    expect(read.document.meta).toEqual(final.document.meta);
    expect(read.document.parts).toEqual(final.document.parts);
    expect(read.document.fingerprint).toEqual(final.document.fingerprint);
    expect(editor.doc.getMap('meta').toJSON()).toMatchObject(approved);

    expect((await reopen('ombudsman', { reason: 'Tanda tangan ulang' })).body.error.id).toBe(
      'document.not_final',
    );
    expect((await sign('ombudsman', { date: today(), place: 'Jambi' })).body.error.id).toBe(
      'document.not_final',
    );
    editBody(editor.doc, deleteClause(clauses[0]!.id));
    await sleep(300);
    expect((await clausesOf(id)).map((c) => c.id)).toContain(clauses[0]!.id);

    const history = await demo.server.api(`/api/documents/${id}/lifecycle`, { cookie: cookies.tamu });
    expect(history.status).toBe(200);
    const owner = demo.coop.members.find((m) => m.username === 'ombudsman')!.userId;
    const pemkot = demo.coop.members.find((m) => m.username === 'pemkot')!.userId;
    expect(
      history.body.events.map((e: { action: string; userId: string; toStatus: string }) => [
        e.action,
        e.userId,
        e.toStatus,
      ]),
    ).toEqual([
      ['finalize', owner, 'final'],
      ['reopen', owner, 'draft'],
      ['finalize', pemkot, 'final'],
      ['sign', owner, 'signed'],
    ]);
    expect(history.body.events[1].reason).toBe('Ada salah ketik di Pasal 2');
  });

  it('survives a restart: status, approvals and the record', async () => {
    const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    await readyToFinalise(id);
    expect((await post(`/api/documents/${id}/finalize`, 'ombudsman')).status).toBe(200);
    const before = await getDocument(id);
    await demo.server.restart();
    const after = await getDocument(id);
    expect(after.document.status).toBe('final');
    expect(after.document.clauses).toEqual(before.document.clauses);
    expect(after.document.parts).toEqual(before.document.parts);
    expect(after.document.fingerprint).toEqual(before.document.fingerprint);
    expect(after.document.fingerprint?.short).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    const editor = await open(id, 'pemkot');
    editBody(editor.doc, appendToClause(before.document.clauses[0]!.id, 'Setelah restart.'));
    await sleep(300);
    expect((await clausesOf(id))[0]!.hash).toBe(before.document.clauses[0]!.hash);
  });
});
