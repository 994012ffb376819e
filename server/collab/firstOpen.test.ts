import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeState } from './protocol.ts';
import { UpdateStore } from './store.ts';
import {
  collabTestbed,
  createSampleDocument,
  paragraphText,
  snapshot,
  storedSnapshot,
  waitFor,
} from './testing.ts';

const bed = collabTestbed();

/** A sync message as received: its sub-type (0 step 1, 1 step 2, 2 update) and payload. */
const readSync = (data: Uint8Array) => {
  const d = decoding.createDecoder(data);
  const type = decoding.readVarUint(d);
  if (type !== 0) return null;
  return { sub: decoding.readVarUint(d), payload: decoding.readVarUint8Array(d) };
};

/**
 * A bare socket that sends a sync request with an empty state vector; `received()` reads the
 * sync messages that came back.
 */
async function rawOpen(documentId: string) {
  const s = await bed.rawSocket(documentId, 'ed-rawi');
  // Sync step 1 with an empty state vector, as a fresh y-websocket client sends on open.
  s.ws.send(new Uint8Array([0, 0, 1, 0]));
  return { ws: s.ws, received: () => s.received.flatMap((data) => readSync(data) ?? []) };
}

describe('first open of a stored document', () => {
  it('answers from storage (checkpoint as the sync answer, the tail as updates), then only what the client lacks', async () => {
    const t = await bed.start();
    const id = createSampleDocument(t);
    // A checkpoint, then two updates logged after it: the state a restarted server finds.
    const doc = new Y.Doc();
    for (const row of t.store.updatesSince(id, 0)) Y.applyUpdate(doc, row.data);
    t.store.checkpoint(id, t.store.latestSeq(id), encodeState(doc));
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    paragraphText(doc, 0)!.insert(0, 'Satu. ');
    paragraphText(doc, 1)!.insert(0, 'Dua. ');
    t.store.append(updates.map((data) => ({ documentId: id, userId: 'u-a', data })));
    expect(t.server.stats().rooms).toBe(0);

    const raw = await rawOpen(id);
    await waitFor(() => raw.received().filter((m) => m.sub === 1).length >= 2, 'two sync answers');
    raw.ws.close();
    const received = raw.received();
    const checkpoint = t.db
      .prepare('SELECT state FROM doc_checkpoints WHERE document_id = ? ORDER BY seq DESC LIMIT 1')
      .pluck()
      .get(id) as Buffer;
    // The tail first, then the stored checkpoint byte for byte as the answer that marks it synced.
    expect(received[0]).toEqual({ sub: 2, payload: updates[0] });
    expect(received[1]).toEqual({ sub: 2, payload: updates[1] });
    expect(received[2]!.sub).toBe(1);
    expect(Buffer.from(received[2]!.payload).equals(checkpoint)).toBe(true);
    // Then the server's own request (step 1), and the answer to the client's request, which
    // now leaves out everything already sent: an empty update, not the document again.
    const answers = received.filter((m) => m.sub === 1);
    expect(answers).toHaveLength(2);
    expect(answers[1]!.payload.byteLength).toBeLessThan(16);
    const mine = new Y.Doc();
    for (const m of received) if (m.sub !== 0) Y.applyUpdate(mine, m.payload);
    expect(snapshot(mine)).toBe(snapshot(doc));
  });

  it('a stock client converges when something is logged between the answer from storage and the load', async () => {
    // A store that logs an edit right after the early answer was read (say, a REST command).
    let extra: Uint8Array | null = null;
    const t = await bed.start({
      store: (db) =>
        new (class extends UpdateStore {
          override read(documentId: string, maxTail?: number) {
            const stored = super.read(documentId, maxTail);
            if (extra) this.append([{ documentId, userId: 'u-server', data: extra }]);
            extra = null;
            return stored;
          }
        })(db),
    });
    const id = createSampleDocument(t);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, t.store.read(id)!.tail[0]!.data);
    doc.on('update', (u: Uint8Array) => {
      extra = u;
    });
    paragraphText(doc, 0)!.insert(0, 'Dari server. ');

    const a = bed.client(id, 'ed-alice');
    await a.synced();
    await waitFor(() => snapshot(a.doc).includes('Dari server. '), 'the edit logged meanwhile');
    paragraphText(a.doc, 1)!.insert(0, 'A: ');
    await waitFor(() => storedSnapshot(t.store, id) === snapshot(a.doc), 'stored');
  });
});
