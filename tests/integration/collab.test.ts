import { describe, expect, it } from 'vitest';
import { paragraphText, sleep, snapshot, type TestClient, waitFor } from '../../server/collab/testing.ts';
import { connectionsPerTest } from '../support/clients.ts';
import { demoSession } from '../support/demo.ts';
import { buildUser } from '../support/factories.ts';

const demo = demoSession(['ombudsman', 'pemkot', 'tamu']);
const { cookies } = demo;
const sockets = connectionsPerTest(() => demo.server);
const mouId = () => demo.coop.documents.find((d) => d.kind === 'mou')!.id;

/** A stock WebsocketProvider carrying `cookie` (null: none), as a browser tab would connect. */
const open = (documentId: string, cookie: string | null, origin?: string) =>
  sockets.connect(documentId, cookie, origin);

describe('collaboration through the real server', () => {
  it('members with their session cookie sync a demo document and see each other type', async () => {
    const a = open(mouId(), cookies.ombudsman);
    const b = open(mouId(), cookies.pemkot);
    await Promise.all([a.synced(), b.synced()]);
    expect(a.doc.getXmlFragment('body').length).toBeGreaterThan(0);
    expect(snapshot(a.doc)).toBe(snapshot(b.doc));
    paragraphText(a.doc, 0)!.insert(0, 'Ombudsman menulis. ');
    paragraphText(b.doc, 1)!.insert(0, 'Pemkot menulis. ');
    await waitFor(
      () => snapshot(a.doc) === snapshot(b.doc) && snapshot(a.doc).includes('Pemkot menulis. '),
      'sync',
    );
    const rest = await demo.server.api(`/api/documents/${mouId()}`, { cookie: cookies.pemkot });
    expect(rest.status).toBe(200);
  });

  it("a viewer's edits are refused (4422 read-only) and reach neither the others nor storage", async () => {
    const viewer = open(mouId(), cookies.tamu);
    const editor = open(mouId(), cookies.pemkot);
    await Promise.all([viewer.synced(), editor.synced()]);
    paragraphText(viewer.doc, 0)!.insert(0, 'TAMU MENGUBAH ');
    viewer.doc.getMap('meta').set('title', 'Judul dari tamu');
    await waitFor(() => viewer.closes.includes(4422), 'viewer refused');
    expect(viewer.reasons[0]).toBe('read-only');
    paragraphText(editor.doc, 2)!.insert(0, 'Editor tetap. ');
    // A viewer without changes of its own is served and receives the edits.
    const reader = open(mouId(), cookies.tamu);
    await reader.synced();
    await waitFor(() => snapshot(reader.doc).includes('Editor tetap. '), 'viewer receives edits');
    await sleep(200);
    expect(snapshot(editor.doc)).not.toContain('TAMU MENGUBAH');
    expect([...editor.closes, ...reader.closes]).toEqual([]);

    // Nothing stored either: a fresh member sees the editor's text without the viewer's.
    const fresh = open(mouId(), cookies.ombudsman);
    await fresh.synced();
    expect(snapshot(fresh.doc)).toContain('Editor tetap. ');
    expect(snapshot(fresh.doc)).not.toContain('TAMU MENGUBAH');
    expect(fresh.doc.getMap('meta').get('title')).not.toBe('Judul dari tamu');
  });

  it('refuses no cookie (4401), a non-member (4403), a foreign Origin (4403), an unknown document (4404)', async () => {
    const outsider = await buildUser(demo.server);
    const cases: [TestClient, number][] = [
      [open(mouId(), null), 4401],
      [open(mouId(), outsider.cookie), 4403],
      [open(mouId(), cookies.ombudsman, 'https://evil.example'), 4403],
      [open('tidakada123', cookies.ombudsman), 4404],
    ];
    for (const [client, code] of cases) {
      await waitFor(() => client.closes.includes(code), `close ${code}`);
      // A 44xx close is final: the stock provider stops reconnecting.
      expect(client.provider.shouldConnect).toBe(false);
      expect(client.provider.synced).toBe(false);
    }
  });

  it('keeps what members wrote across SIGKILL and a restart', async () => {
    const a = open(mouId(), cookies.ombudsman);
    const b = open(mouId(), cookies.pemkot);
    await Promise.all([a.synced(), b.synced()]);
    paragraphText(a.doc, 3)!.insert(0, 'Sebelum dibunuh. ');
    // Once another client has it, it was committed: the server broadcasts only stored updates.
    await waitFor(() => snapshot(b.doc).includes('Sebelum dibunuh. '), 'broadcast');
    sockets.destroyAll();
    await demo.server.kill('SIGKILL');
    await demo.server.restart();
    const fresh = open(mouId(), cookies.pemkot);
    await fresh.synced();
    expect(snapshot(fresh.doc)).toContain('Sebelum dibunuh. ');
  });
});
