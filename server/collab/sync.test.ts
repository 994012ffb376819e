import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docToJSON } from './convert.ts';
import { awarenessMessage } from './protocol.ts';
import { collabTestbed, paragraphText, sleep, snapshot, storedSnapshot, waitFor } from './testing.ts';

const bed = collabTestbed();

describe('CollabServer sync', () => {
  it('two clients load the stored document and converge on concurrent edits', async () => {
    const { t, id, clients } = await bed.open(['ed-alice', 'ed-budi']);
    const [a, b] = clients;
    expect(snapshot(a.doc)).toContain('Para pihak sepakat.');

    paragraphText(a.doc, 0)!.insert(0, 'A: ');
    paragraphText(b.doc, 1)!.insert(0, 'B: ');
    b.doc.getMap('meta').set('place', 'Jambi');
    await waitFor(
      () => snapshot(a.doc) === snapshot(b.doc) && snapshot(a.doc).includes('B: '),
      'convergence',
    );

    t.server.flush();
    expect(storedSnapshot(t.store, id)).toBe(snapshot(a.doc));
    const users = t.store.updatesSince(id, 1).map((r) => r.userId);
    expect(new Set(users)).toEqual(new Set(['alice', 'budi']));
  });

  it('keeps text across an idle unload and a new server on the same database', async () => {
    const { t, id, clients } = await bed.open(['ed-alice'], { limits: { idleUnloadMs: 50 } });
    const [a] = clients;
    paragraphText(a.doc, 0)!.insert(0, 'Tetap ada. ');
    await waitFor(() => t.store.count(id) >= 2, 'stored edit');
    a.destroy();
    await waitFor(() => t.server.stats().rooms === 0, 'unload');
    const cp = t.db.prepare('SELECT MAX(seq) FROM doc_checkpoints WHERE document_id = ?').pluck().get(id);
    expect(cp).toBe(t.store.latestSeq(id));

    const b = bed.client(id, 'ed-budi');
    await b.synced();
    expect(paragraphText(b.doc, 0)!.toString()).toContain('Tetap ada. ');
    b.destroy();

    // Every client is closed before the restart, so nothing can re-upload what was lost.
    await bed.restart();
    const c = bed.client(id, 'ed-citra');
    await c.synced();
    expect(paragraphText(c.doc, 0)!.toString()).toContain('Tetap ada. ');
  });

  it('writes a checkpoint after N updates that weigh as much as the last one, and loads checkpoint + tail to the same state', async () => {
    const { t, id, clients } = await bed.open(['ed-alice'], { limits: { checkpointEvery: 10 } });
    const [a] = clients;
    const text = paragraphText(a.doc, 0)!;
    const checkpoints = () =>
      t.db.prepare('SELECT seq FROM doc_checkpoints WHERE document_id = ?').pluck().all(id);
    let seq = 1;
    const type = async (s: string) => {
      text.insert(0, s);
      seq += 1;
      await waitFor(() => t.store.latestSeq(id) >= seq, 'edit stored');
    };
    // Twelve keystrokes are more than N updates but far lighter than the document: no checkpoint.
    for (let i = 0; i < 12; i++) await type('x');
    expect(checkpoints()).toEqual([]);
    // Paragraphs' worth of text: a checkpoint every time the log since the last outweighs it.
    for (let i = 0; i < 40; i++) await type(`${'Para pihak sepakat untuk bekerja sama. '.repeat(8)}`);
    expect(checkpoints().length).toBeGreaterThanOrEqual(2);
    expect(t.store.count(id)).toBe(53);
    expect(storedSnapshot(t.store, id)).toBe(snapshot(a.doc));
  });

  it('withDocument changes are logged as the given user, broadcast, and reported to onChange', async () => {
    const changes: { userId: string | null; seq: number }[] = [];
    const { t, id, clients } = await bed.open(['ed-alice'], {
      hooks: { onChange: ({ userId, seq }) => void changes.push({ userId, seq }) },
    });
    const [a] = clients;
    const title = await t.server.withDocument(
      id,
      (doc) => {
        doc.getMap('meta').set('title', 'Judul Baru');
        return docToJSON(doc).meta.title;
      },
      { userId: 'u-owner' },
    );
    expect(title).toBe('Judul Baru');
    // Resolved means stored.
    expect(t.store.updatesSince(id, 1).map((r) => r.userId)).toEqual(['u-owner']);
    await waitFor(() => a.doc.getMap('meta').get('title') === 'Judul Baru', 'broadcast');
    expect(changes).toEqual([{ userId: 'u-owner', seq: 2 }]);
  });

  it('answers a newcomer with committed state only, while a batch is pending', async () => {
    const { t, id, clients } = await bed.open(['ed-alice'], { limits: { batchDelayMs: 200 } });
    const [a] = clients;
    paragraphText(a.doc, 0)!.insert(0, 'Belum tersimpan. ');
    await waitFor(() => t.server.stats().pendingUpdates === 1, 'pending update');
    const b = bed.client(id, 'ed-budi');
    // b's sync reply waits for the commit; when it comes, the edit is stored already.
    await b.synced();
    expect(t.store.count(id)).toBe(2);
    expect(paragraphText(b.doc, 0)!.toString()).toContain('Belum tersimpan. ');
  });

  it('refuses unknown tokens and hook-refused documents with their close codes', async () => {
    const t = await bed.start({
      hooks: {
        onLoadDocument: ({ documentId }) => {
          if (documentId === 'missing') throw new Error('no such document');
        },
      },
    });
    const anon = bed.client('whatever', 'nobody');
    await waitFor(() => anon.closes.includes(4401), '4401');
    const missing = bed.client('missing', 'ed-alice');
    await waitFor(() => missing.closes.includes(4404), '4404');
    expect(t.server.stats().rooms).toBe(0);
  });

  it('relays presence and removes it when a client leaves', async () => {
    const { clients } = await bed.open(['ed-alice', 'ro-tamu'], { limits: { awarenessThrottleMs: 10 } });
    const [a, b] = clients;
    b.provider.awareness.setLocalStateField('user', { name: 'Tamu' });
    // Relayed as the server stamps it: the user is the connection's (token `ro-tamu`: id `tamu`).
    await waitFor(
      () => a.provider.awareness.getStates().get(b.doc.clientID)?.user?.id === 'tamu',
      'presence',
    );
    // Another client cannot clear (or take over) b's presence.
    // (b would announce itself again at once, so watch for the removal rather than the end state.)
    const removals: number[] = [];
    a.provider.awareness.on('change', ({ removed }: { removed: number[] }) => removals.push(...removed));
    const clock = b.provider.awareness.meta.get(b.doc.clientID)!.clock + 1;
    const bytes = awarenessMessage([{ clientID: b.doc.clientID, clock, json: 'null' }]);
    a.send(bytes);
    await sleep(100);
    expect(removals).toEqual([]);
    expect(a.provider.awareness.getStates().get(b.doc.clientID)?.user?.id).toBe('tamu');

    // Drop the socket without the client's goodbye: the server must clear its presence itself.
    b.provider.shouldConnect = false;
    (b.provider.ws as unknown as { terminate(): void }).terminate();
    await waitFor(() => !a.provider.awareness.getStates().has(b.doc.clientID), 'presence removed');
  });

  it('gives a client that was offline the edits of others, and stores its offline edits', async () => {
    const { t, id, clients } = await bed.open(['ed-alice', 'ed-budi']);
    const [a, b] = clients;
    b.provider.disconnect();
    paragraphText(b.doc, 1)!.insert(0, 'Luring. ');
    paragraphText(a.doc, 0)!.insert(0, 'Daring. ');
    await waitFor(() => t.store.count(id) === 2, 'online edit stored');
    b.provider.connect();
    await waitFor(
      () => snapshot(a.doc) === snapshot(b.doc) && snapshot(a.doc).includes('Luring. '),
      'converge',
    );
    t.server.flush();
    expect(storedSnapshot(t.store, id)).toBe(snapshot(a.doc));
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, t.store.loadState(id).update!);
    expect(snapshot(fresh)).toContain('Daring. ');
  });
});
