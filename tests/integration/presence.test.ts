import { describe, expect, it } from 'vitest';
import { sleep, type TestClient, waitFor } from '../../server/collab/testing.ts';
import { PRESENCE_LIMITS } from '../../shared/presence.ts';
import { demoSession } from '../support/demo.ts';

/**
 * Presence through the real server, between stock y-websocket clients and their
 * y-protocols Awareness: who a state belongs to is the server's word, and a caret that is not
 * one reaches nobody.
 */
const demo = demoSession(['ombudsman', 'pemkot', 'tamu']);
type Who = keyof typeof demo.cookies;
const mouId = () => demo.coop.documents.find((d) => d.kind === 'mou')!.id;
/** The user id of a demo member. */
const idOf = (username: string) => demo.coop.members.find((m) => m.username === username)!.userId;
/** Two synced clients on the demo MoU, signed in as `a` and `b`. */
const open = (a: Who, b: Who) => Promise.all([demo.open(mouId(), a), demo.open(mouId(), b)]);

/** What `observer` holds of `other`'s presence. */
const seen = (observer: TestClient, other: TestClient) =>
  observer.provider.awareness.getStates().get(other.doc.clientID);

/** A relative position in the body's text, as y-tiptap writes one. */
const at = (clock: number) => ({ type: null, tname: 'body', item: { client: 12345, clock }, assoc: -1 });

describe('presence through the real server', () => {
  it('relays a client that announces someone else’s name, id and party with its own', async () => {
    const [observer, forger] = await open('ombudsman', 'pemkot');
    forger.provider.awareness.setLocalState({
      user: {
        id: idOf('ombudsman'),
        name: 'Kepala Perwakilan',
        party: 'Ombudsman RI',
        color: '#1d4ed8',
        initials: 'KP',
      },
      cursor: { anchor: at(4), head: at(4) },
      role: 'owner',
    });
    await waitFor(() => seen(observer, forger)?.cursor, 'the forger’s presence');
    expect(seen(observer, forger)).toEqual({
      user: {
        id: idOf('pemkot'),
        name: 'Kabag Kerja Sama',
        party: 'Pemkot Jambi',
        color: '#b45309',
        initials: 'KK',
      },
      cursor: { anchor: at(4), head: at(4) },
    });
  });

  it('relays a viewer’s malformed carets as none, keeps its connection, and takes its next good one', async () => {
    const [observer, viewer] = await open('pemkot', 'tamu');
    const tamu = {
      id: idOf('tamu'),
      name: 'Tamu',
      party: 'Ombudsman RI Perwakilan Jambi',
      color: '#1d4ed8',
      initials: 'TA',
    };
    const malformed: unknown[] = [
      { anchor: 'body' },
      { anchor: { type: null, tname: null, item: null }, head: at(1) },
      { anchor: { item: { client: -1, clock: 0 } }, head: at(1) },
      { anchor: at(1), head: at(1), extra: '<img src=x onerror=alert(1)>' },
      [at(1), at(1)],
    ];
    for (const [i, cursor] of malformed.entries()) {
      viewer.provider.awareness.setLocalState({ user: { name: `Palsu ${i}` }, cursor });
      const clock = viewer.provider.awareness.meta.get(viewer.doc.clientID)!.clock;
      await waitFor(
        () => observer.provider.awareness.meta.get(viewer.doc.clientID)?.clock === clock,
        `malformed caret ${i}`,
      );
      expect(seen(observer, viewer)).toEqual({ user: tamu, cursor: null });
    }
    viewer.provider.awareness.setLocalState({ cursor: { anchor: at(2), head: at(3) } });
    await waitFor(() => seen(observer, viewer)?.cursor, 'a good caret');
    expect(seen(observer, viewer)).toEqual({ user: tamu, cursor: { anchor: at(2), head: at(3) } });
    expect(viewer.closes).toEqual([]);
  });

  it('refuses a state over the size bound without closing the connection', async () => {
    const [observer, sender] = await open('ombudsman', 'pemkot');
    sender.provider.awareness.setLocalState({ cursor: { anchor: at(5), head: at(5) } });
    await waitFor(() => seen(observer, sender)?.cursor, 'the first caret');
    sender.provider.awareness.setLocalState({
      cursor: { anchor: at(6), head: at(6) },
      pad: 'x'.repeat(PRESENCE_LIMITS.stateChars),
    });
    await sleep(300);
    expect(seen(observer, sender)?.cursor).toEqual({ anchor: at(5), head: at(5) });
    expect(sender.closes).toEqual([]);
    sender.provider.awareness.setLocalState({ cursor: { anchor: at(7), head: at(7) } });
    await waitFor(() => seen(observer, sender)?.cursor?.anchor?.item?.clock === 7, 'the caret after it');
  });
});
