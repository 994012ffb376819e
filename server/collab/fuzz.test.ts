import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MAX_MESSAGE_BYTES } from '../../shared/protocol.ts';
import { SLOW_CONSUMER } from './connection.ts';
import { mutate, syncMessage, validFrames } from './fuzzing.ts';
import {
  collabTestbed,
  createSampleDocument,
  paragraphText,
  prng,
  snapshot,
  storedSnapshot,
  type TestClient,
  waitFor,
} from './testing.ts';

const bed = collabTestbed();

/** Two editors still work together and the stored document still loads and matches. */
async function othersUnaffected(id: string, a: TestClient, b: TestClient, marker: string) {
  paragraphText(a.doc, 0)!.insert(0, marker);
  await waitFor(() => snapshot(b.doc).includes(marker), `edit ${marker} reaches the other client`);
  await waitFor(() => snapshot(a.doc) === snapshot(b.doc), 'convergence');
  const t = bed.current;
  t.server.flush();
  expect(storedSnapshot(t.store, id)).toBe(snapshot(a.doc));
  const fresh = bed.client(id, 'ed-fresh');
  await fresh.synced();
  expect(snapshot(fresh.doc)).toBe(snapshot(a.doc));
}

describe('bad input', () => {
  it('random bytes close only that connection (4400), never the process', async () => {
    const { id, clients } = await bed.open(['ed-alice', 'ed-budi']);
    const [a, b] = clients;
    const rand = prng(7);
    for (let round = 0; round < 40; round++) {
      const s = await bed.rawSocket(id, 'ed-fuzz');
      for (let i = 0; i < 5 && s.code() === null; i++) {
        const frame = Uint8Array.from({ length: Math.floor(rand() * 64) }, () => Math.floor(rand() * 256));
        s.ws.send(frame);
      }
      s.ws.close();
      const code = await s.closed;
      expect([1000, 1005, 4400]).toContain(code);
    }
    await othersUnaffected(id, a, b, 'Masih jalan. ');
  });

  it('mutated protocol frames are rejected whole or applied whole; storage stays loadable', async () => {
    const { id, clients } = await bed.open(['ed-alice', 'ed-budi']);
    const [a, b] = clients;
    const frames = validFrames();
    const rand = prng(42);
    const codes = new Map<number, number>();
    for (let round = 0; round < 60; round++) {
      const s = await bed.rawSocket(id, 'ed-fuzz');
      for (let i = 0; i < 4 && s.code() === null; i++) {
        s.ws.send(mutate(frames[Math.floor(rand() * frames.length)]!, rand));
      }
      s.ws.close();
      const code = await s.closed;
      codes.set(code, (codes.get(code) ?? 0) + 1);
      // 4422: the frame was a readable update that could not be applied or broke the rules.
      expect([1000, 1005, 4400, 4422]).toContain(code);
    }
    expect(codes.get(4400)).toBeGreaterThan(0);
    await othersUnaffected(id, a, b, 'Tetap utuh. ');
  });

  it('closes with 4400 on a text frame, an unknown message type or an unknown sync type', async () => {
    const t = await bed.start();
    const id = createSampleDocument(t);
    for (const frame of ['hello', Uint8Array.of(9), Uint8Array.of(0, 7, 0), Uint8Array.of()]) {
      const s = await bed.rawSocket(id, 'ed-fuzz');
      s.ws.send(frame);
      expect(await s.closed).toBe(4400);
    }
    expect(t.store.count(id)).toBe(1);
  });

  it('refuses an oversized update or document (4422), closes on oversized presence (4413); ws itself stops huge frames', async () => {
    const { t, id, clients } = await bed.open(['ed-alice'], { limits: { maxDocumentBytes: 4000 } });
    const [a] = clients;

    const big = await bed.rawSocket(id, 'ed-fuzz');
    big.ws.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
    expect(await big.closed).toBe(4422);

    const huge = await bed.rawSocket(id, 'ed-fuzz');
    huge.ws.send(new Uint8Array(MAX_MESSAGE_BYTES * 2 + 1));
    expect(await huge.closed).toBe(1009);

    const presence = await bed.rawSocket(id, 'ro-fuzz');
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    awareness.setLocalStateField('user', { name: 'x'.repeat(100_000) });
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, encodeAwarenessUpdate(awareness, [doc.clientID]));
    presence.ws.send(encoding.toUint8Array(e));
    expect(await presence.closed).toBe(4413);
    awareness.destroy();

    paragraphText(a.doc, 0)!.insert(0, 'y'.repeat(5000));
    await waitFor(() => a.closes.includes(4422), 'document too large');
    expect(storedSnapshot(t.store, id)).not.toContain('yyyy');
    expect(t.store.count(id)).toBe(1);
  });

  it('disconnects a client that stops reading instead of buffering for it without bound', async () => {
    const { t, id, clients } = await bed.open(['ed-alice'], { limits: { maxBufferedBytes: 256 * 1024 } });
    const [writer] = clients;
    const slow = await bed.rawSocket(id, 'ro-slow');
    slow.ws.send(syncMessage((e) => syncProtocol.writeSyncStep1(e, new Y.Doc())));
    await new Promise((r) => setTimeout(r, 50));
    // Stop reading: the server's writes pile up in its socket buffer.
    (slow.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const text = paragraphText(writer.doc, 1)!;
    const chunk = 'z'.repeat(512 * 1024);
    for (let i = 0; i < 24 && t.server.stats().connections > 1; i++) {
      text.insert(0, chunk);
      await new Promise((r) => setTimeout(r, 20));
    }
    await waitFor(() => t.server.stats().connections === 1, 'slow client dropped');
    (slow.ws as unknown as { _socket: { resume(): void } })._socket.resume();
    expect(await slow.closed).toBe(SLOW_CONSUMER);
  });
});
