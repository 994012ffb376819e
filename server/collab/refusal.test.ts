import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateMessage } from './fuzzing.ts';
import {
  collabTestbed,
  createSampleDocument,
  paragraphText,
  snapshot,
  storedSnapshot,
  tokenHooks,
  waitFor,
} from './testing.ts';
import type { CollabIdentity } from './types.ts';

const bed = collabTestbed();

describe('refused updates', () => {
  it('what builds on changes the server does not have waits with its sender, and is taken once they arrive', async () => {
    const { t, id, clients } = await bed.open(['ed-alice', 'ed-mallory']);
    const [a, m] = clients;
    // Words typed on a copy, then words typed after them: the second part is sent first (a
    // keystroke sent just before the sync reply that carries what it builds on).
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(m.doc));
    const start = Y.encodeStateVector(copy);
    paragraphText(copy, 0)!.insert(0, 'Duluan. ');
    const middle = Y.encodeStateVector(copy);
    paragraphText(copy, 0)!.insert(0, 'Susulan. ');
    m.send(updateMessage(Y.encodeStateAsUpdate(copy, middle)));
    paragraphText(a.doc, 1)!.insert(0, 'Lanjut. ');
    const fresh = bed.client(id, 'ed-fresh');
    await fresh.synced();
    await waitFor(() => snapshot(fresh.doc).includes('Lanjut. '), 'others go on');
    expect(snapshot(fresh.doc)).not.toContain('Susulan');
    t.server.flush();
    expect(storedSnapshot(t.store, id)).not.toContain('Susulan');

    m.send(updateMessage(Y.encodeStateAsUpdate(copy, start)));
    await waitFor(() => snapshot(fresh.doc).includes('Susulan. Duluan. '), 'both parts taken');
    expect([...m.closes, ...a.closes, ...fresh.closes]).toEqual([]);
  });

  it('a client piling up what can never be placed is refused (missing-dependencies)', async () => {
    const { t, id, clients } = await bed.open(['ed-mallory'], { limits: { maxMessageBytes: 4000 } });
    const [m] = clients;
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(m.doc));
    paragraphText(copy, 0)!.insert(0, 'Tak pernah terkirim. ');
    for (let i = 0; i < 3 && !m.closes.length; i++) {
      const known = Y.encodeStateVector(copy);
      paragraphText(copy, 0)!.insert(0, 'z'.repeat(1800));
      m.send(updateMessage(Y.encodeStateAsUpdate(copy, known)));
      await new Promise((r) => setTimeout(r, 50));
    }
    await waitFor(() => m.closes.includes(4422), 'refused');
    expect(m.reasons[0]).toBe('missing-dependencies');
    expect(t.store.count(id)).toBe(1);
  });

  it('a change to a locked document is refused as locked; one without changes is served', async () => {
    const locked: CollabIdentity = { userId: 'alice', readOnly: true, locked: true };
    const { t, id, clients } = await bed.open(['ed-alice'], {
      hooks: tokenHooks(new Map([['ed-alice', locked]])),
    });
    const [a] = clients;
    paragraphText(a.doc, 0)!.insert(0, 'Setelah final. ');
    await waitFor(() => a.closes.includes(4422), 'refused');
    expect(a.reasons[0]).toBe('locked');
    a.provider.disconnect();
    expect(t.store.count(id)).toBe(1);
  });

  it('a document past its quota refuses further changes (quota) until the window passes', async () => {
    const { t, id, clients } = await bed.open(['ed-alice'], {
      limits: { quotaBytes: 3000, quotaWindowMs: 60_000 },
    });
    const [a] = clients;
    const text = paragraphText(a.doc, 0)!;
    text.insert(0, 'x'.repeat(1000));
    await waitFor(() => t.store.count(id) === 2, 'first change stored');
    text.delete(0, 1000);
    await waitFor(() => t.store.count(id) === 3, 'deletion stored');
    text.insert(0, 'y'.repeat(2500));
    await waitFor(() => a.closes.includes(4422), 'refused');
    expect(a.reasons[0]).toBe('quota');
    expect(storedSnapshot(t.store, id)).not.toContain('yyy');
  });

  it('someone refused again and again is turned away for a while (4429)', async () => {
    const t = await bed.start({ limits: { maxRefusals: 3, refusalWindowMs: 60_000 } });
    const id = createSampleDocument(t);
    // A stock client stops at a refusal (4400–4499 end its provider); a hostile one comes back.
    for (let i = 0; i < 3; i++) {
      const m = bed.client(id, 'ro-mallory');
      await m.synced();
      paragraphText(m.doc, 0)!.insert(0, 'Lagi dan lagi. ');
      await waitFor(() => m.closes.includes(4422), `refusal ${i + 1}`);
      expect(m.provider.shouldConnect).toBe(false);
    }
    const turnedAway = bed.client(id, 'ro-mallory');
    await waitFor(() => turnedAway.closes.includes(4429), 'turned away');
    const other = bed.client(id, 'ed-alice');
    await other.synced();
    expect(other.closes).toEqual([]);
  });

  it('a socket that stops answering pings is closed, and its room unloads', async () => {
    const t = await bed.start({ limits: { pingIntervalMs: 100, idleUnloadMs: 50 } });
    const id = createSampleDocument(t);
    const { ws } = await bed.rawSocket(id, 'ed-alice');
    await waitFor(() => t.server.stats().rooms === 1, 'room open');
    // A peer that vanished reads nothing: its pongs never come.
    (ws as unknown as { _socket: { pause(): void } })._socket.pause();
    await waitFor(() => t.server.stats().connections === 0, 'socket closed', 3000);
    await waitFor(() => t.server.stats().rooms === 0, 'room unloaded', 3000);
  });
});
