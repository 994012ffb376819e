import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { PRESENCE_LIMITS } from '../../shared/presence.ts';
import type { Connection } from './connection.ts';
import { Presence } from './presence.ts';
import { MessageType } from './protocol.ts';
import type { CollabIdentity } from './types.ts';

/** What Presence reads of a connection: its identity (as collabAuth.ts writes it) and its clients. */
const connection = (identity: CollabIdentity = anisa) =>
  ({ closed: false, awarenessClients: new Set<number>(), identity }) as unknown as Connection;
const anisa: CollabIdentity = {
  userId: 'u-anisa',
  readOnly: false,
  name: 'Anisa Rahma',
  initials: 'AR',
  partyId: 'p1',
  partyShortName: 'Ombudsman',
  partyColor: '#1d4ed8',
};
/** Who every state of `anisa` is relayed as, whatever its client wrote. */
const anisaUser = {
  id: 'u-anisa',
  name: 'Anisa Rahma',
  color: '#1d4ed8',
  party: 'Ombudsman',
  initials: 'AR',
};
/** A relative position as y-tiptap writes it (JSON of a Y.RelativePosition). */
const at = (clock: number) => ({
  type: { client: 1, clock: 0 },
  tname: null,
  item: { client: 7, clock },
  assoc: -1,
});
/** A well-formed caret; `n` tells states apart. */
const caret = (n: number) => ({ anchor: at(n), head: at(n) });
const entry = (clientID: number, clock: number, state: object | null) => ({
  clientID,
  clock,
  json: JSON.stringify(state),
});
/** The state of a client with its caret at `n`, as each client's Awareness keeps it. */
const stated = (n: number, user = anisaUser) => ({ user, cursor: caret(n) });

/** A room's presence with a stock y-protocols Awareness listening, as a browser would. */
function setUp(timeoutMs?: number) {
  const sent: Uint8Array[] = [];
  const presence = new Presence(
    () => 0,
    (m) => sent.push(m),
    timeoutMs,
  );
  const client = new Awareness(new Y.Doc());
  client.setLocalState(null);
  const deliver = (message: Uint8Array) => {
    const decoder = decoding.createDecoder(message);
    expect(decoding.readVarUint(decoder)).toBe(MessageType.awareness);
    applyAwarenessUpdate(client, decoding.readVarUint8Array(decoder), 'server');
  };
  const receive = () => {
    for (const m of sent.splice(0)) deliver(m);
    return client.getStates();
  };
  return { presence, client, sent, receive, deliver };
}

const cleanUp: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanUp.splice(0)) f();
});
const started = (timeoutMs?: number) => {
  const s = setUp(timeoutMs);
  cleanUp.push(() => {
    s.presence.destroy();
    s.client.destroy();
  });
  return s;
};

describe('Presence', () => {
  it('relays the state it wrote, and gives everyone’s to a newcomer', () => {
    const { presence, sent, receive } = started();
    presence.receive(connection(), [entry(7, 1, stated(3))]);
    const written = JSON.stringify({ user: anisaUser, cursor: caret(3) });
    expect(Buffer.from(sent[0]!).includes(Buffer.from(written))).toBe(true);
    expect(receive().get(7)).toEqual(stated(3));
    const everyone = presence.everyone();
    expect(everyone).not.toBeNull();
    const { client: newcomer, deliver: toNewcomer } = started();
    toNewcomer(everyone!);
    expect(newcomer.getStates().get(7)).toEqual(stated(3));
  });

  it('keeps y-protocols’ clock rules: older news is dropped, a goodbye at the same clock removes', () => {
    const { presence, receive } = started();
    const conn = connection();
    presence.receive(conn, [entry(7, 3, stated(3))]);
    presence.receive(conn, [entry(7, 2, stated(2))]);
    presence.receive(conn, [entry(7, 3, stated(30))]);
    expect(receive().get(7)).toEqual(stated(3));
    presence.receive(conn, [entry(7, 3, null)]);
    expect(receive().has(7)).toBe(false);
    expect(conn.awarenessClients.has(7)).toBe(false);
    presence.receive(conn, [entry(7, 4, stated(4))]);
    expect(receive().get(7)).toEqual(stated(4));
  });

  it('lets nobody set or clear another connection’s client until that connection closes', () => {
    const { presence, receive } = started();
    const owner = connection();
    const other = connection();
    presence.receive(owner, [entry(7, 1, stated(1))]);
    presence.receive(other, [entry(7, 2, stated(2)), entry(8, 1, stated(8))]);
    presence.receive(other, [entry(7, 3, null)]);
    let states = receive();
    expect(states.get(7)).toEqual(stated(1));
    expect(states.get(8)).toEqual(stated(8));
    (owner as { closed: boolean }).closed = true;
    presence.receive(other, [entry(7, 4, stated(4))]);
    presence.remove(owner); // the closed connection's leaving no longer clears what was taken over
    states = receive();
    expect(states.get(7)).toEqual(stated(4));
  });

  it('clears what a closed connection announced', () => {
    const { presence, receive } = started();
    const conn = connection();
    presence.receive(conn, [entry(7, 5, stated(1)), entry(9, 1, stated(2))]);
    expect(receive().size).toBe(2);
    presence.remove(conn);
    expect(receive().size).toBe(0);
    expect(presence.everyone()).toBeNull();
  });

  it('removes a state its client stopped renewing, and keeps a renewed one', async () => {
    const { presence, receive } = started(60);
    const conn = connection();
    presence.receive(conn, [entry(7, 1, stated(7)), entry(8, 1, stated(8))]);
    for (let clock = 2; clock <= 6; clock++) {
      await new Promise((r) => setTimeout(r, 20));
      presence.receive(conn, [entry(8, clock, stated(8))]);
    }
    const states = receive();
    expect(states.has(7)).toBe(false);
    expect(states.get(8)).toEqual(stated(8));
  });
});

describe('Presence stamps who a state belongs to', () => {
  it('writes the user from the connection’s identity, whatever the client wrote, and drops every other field', () => {
    const { presence, receive } = started();
    const forged = {
      id: 'u-kepala',
      name: 'Kepala Perwakilan',
      color: '#be123c',
      party: 'Pemkot',
      initials: 'KP',
    };
    presence.receive(connection(), [
      entry(7, 1, { user: forged, cursor: caret(1), admin: true, name: 'Kepala Perwakilan' }),
    ]);
    expect(receive().get(7)).toEqual({ user: anisaUser, cursor: caret(1) });
  });

  it('stamps a viewer’s state too, and one without a user or a caret', () => {
    const { presence, receive } = started();
    const viewer: CollabIdentity = {
      userId: 'u-tamu',
      readOnly: true,
      name: 'Tamu',
      initials: 'TA',
      partyShortName: 'Ombudsman',
      partyColor: '#1d4ed8',
    };
    presence.receive(connection(viewer), [
      entry(7, 1, { user: anisaUser, cursor: caret(2) }),
      entry(8, 1, {}),
    ]);
    const tamu = { id: 'u-tamu', name: 'Tamu', color: '#1d4ed8', party: 'Ombudsman', initials: 'TA' };
    const states = receive();
    expect(states.get(7)).toEqual({ user: tamu, cursor: caret(2) });
    expect(states.get(8)).toEqual({ user: tamu, cursor: null });
  });

  it('gives someone without a party a neutral colour and initials from the name', () => {
    const { presence, receive } = started();
    presence.receive(connection({ userId: 'u-x', readOnly: false, name: 'Kabag Kerja Sama' }), [
      entry(7, 1, stated(1)),
    ]);
    expect(receive().get(7)).toEqual({
      user: { id: 'u-x', name: 'Kabag Kerja Sama', color: '#5a6472', party: '', initials: 'KK' },
      cursor: caret(1),
    });
  });

  it('writes the user anew for a new identity (a role or membership that changed)', () => {
    const { presence, receive } = started();
    const conn = connection();
    presence.receive(conn, [entry(7, 1, stated(1))]);
    (conn as { identity: CollabIdentity }).identity = {
      ...anisa,
      partyShortName: 'Pemkot',
      partyColor: '#b45309',
    };
    presence.receive(conn, [entry(7, 2, stated(1))]);
    expect(receive().get(7)).toEqual({
      user: { ...anisaUser, party: 'Pemkot', color: '#b45309' },
      cursor: caret(1),
    });
  });
});

describe('Presence checks carets', () => {
  it('keeps a well-formed caret, rebuilt with every key (as Y.RelativePosition’s JSON has them)', () => {
    const { presence, receive } = started();
    const short = { anchor: { tname: 'body', assoc: 0 }, head: { item: { client: 3, clock: 9 } } };
    presence.receive(connection(), [entry(7, 1, { cursor: short })]);
    expect(receive().get(7)).toEqual({
      user: anisaUser,
      cursor: {
        anchor: { type: null, tname: 'body', item: null, assoc: 0 },
        head: { type: null, tname: null, item: { client: 3, clock: 9 }, assoc: 0 },
      },
    });
  });

  /** Carets y-tiptap would throw on, or that carry more than a caret. */
  const malformed: [string, unknown][] = [
    ['a string', 'anchor'],
    ['an array', [at(1), at(1)]],
    ['an anchor only', { anchor: at(1) }],
    ['an extra key', { ...caret(1), note: 'x' }],
    ['a position with an extra key', { anchor: { ...at(1), x: 1 }, head: at(1) }],
    [
      'a position with nothing to resolve',
      { anchor: { type: null, tname: null, item: null, assoc: 0 }, head: at(1) },
    ],
    ['a position that is a string', { anchor: 'body', head: at(1) }],
    ['a negative clock', { anchor: at(-1), head: at(1) }],
    ['a clock with a fraction', { anchor: at(1.5), head: at(1) }],
    ['a clock beyond safe integers', { anchor: at(2 ** 60), head: at(1) }],
    ['a clock as a string', { anchor: { item: { client: 7, clock: '1' } }, head: at(1) }],
    ['an id with an extra key', { anchor: { item: { client: 7, clock: 1, x: 0 } }, head: at(1) }],
    ['an id without its clock', { anchor: { item: { client: 7 } }, head: at(1) }],
    [
      'a type name too long',
      { anchor: { tname: 'b'.repeat(PRESENCE_LIMITS.typeNameChars + 1) }, head: at(1) },
    ],
    ['a type name that is not a string', { anchor: { tname: 5 }, head: at(1) }],
    ['an assoc that is not an integer', { anchor: { ...at(1), assoc: 'left' }, head: at(1) }],
  ];

  it.each(malformed)('relays a caret with %s as no caret, the person still present', (_, cursor) => {
    const { presence, receive } = started();
    const conn = connection();
    presence.receive(conn, [entry(7, 1, { user: anisaUser, cursor })]);
    expect(receive().get(7)).toEqual({ user: anisaUser, cursor: null });
    expect(conn.awarenessClients.has(7)).toBe(true);
  });

  it('relays a state that is not an object as a presence without a caret', () => {
    const { presence, receive } = started();
    const conn = connection();
    presence.receive(conn, [
      { clientID: 7, clock: 1, json: '"hello"' },
      { clientID: 8, clock: 1, json: '[1,2]' },
      { clientID: 9, clock: 1, json: '42' },
    ]);
    const states = receive();
    for (const id of [7, 8, 9]) expect(states.get(id)).toEqual({ user: anisaUser, cursor: null });
  });

  it('refuses a state over the size bound or not JSON: nothing relayed, its clock not counted', () => {
    const { presence, sent, receive } = started();
    const conn = connection();
    const big = { user: { ...anisaUser, name: 'x'.repeat(PRESENCE_LIMITS.stateChars) }, cursor: caret(1) };
    presence.receive(conn, [entry(7, 1, big), { clientID: 8, clock: 1, json: '{"cursor":' }]);
    expect(sent).toHaveLength(0);
    expect(presence.everyone()).toBeNull();
    expect(conn.awarenessClients.size).toBe(0);
    // The same client, same clock, within the bound: taken, as the refused one never counted.
    presence.receive(conn, [entry(7, 1, stated(1))]);
    expect(receive().get(7)).toEqual(stated(1));
  });
});

describe('Presence after a new identity', () => {
  it('re-stamps a connection’s states at once with its new name and party, caret kept, one clock higher', () => {
    const { presence, receive } = started();
    const conn = connection();
    const bystander = connection({ ...anisa, userId: 'u-budi', name: 'Budi' });
    presence.receive(conn, [entry(7, 4, stated(1))]);
    presence.receive(bystander, [entry(9, 1, stated(9))]);
    const before = receive().get(9);
    (conn as { identity: CollabIdentity }).identity = {
      ...anisa,
      name: 'Anisa Rahma Putri',
      initials: 'AP',
      partyShortName: 'Pemkot',
      partyColor: '#b45309',
    };
    presence.restamp(conn);
    const renamed = {
      ...anisaUser,
      name: 'Anisa Rahma Putri',
      initials: 'AP',
      party: 'Pemkot',
      color: '#b45309',
    };
    const { client: newcomer, deliver } = started();
    deliver(presence.everyone()!);
    for (const states of [receive(), newcomer.getStates()]) {
      expect(states.get(7)).toEqual({ user: renamed, cursor: caret(1) });
      expect(states.get(9)).toEqual(before);
    }
    expect(newcomer.meta.get(7)?.clock).toBe(5);
  });

  it('relays nothing when the identity names the same person as before', () => {
    const { presence, sent, receive } = started();
    const conn = connection();
    presence.receive(conn, [entry(7, 1, stated(1))]);
    receive();
    (conn as { identity: CollabIdentity }).identity = { ...anisa, readOnly: true };
    presence.restamp(conn);
    expect(sent).toHaveLength(0);
  });

  it('lets the client announce on from the clock its re-stamped state took', () => {
    const { presence, receive } = started();
    const conn = connection();
    // The client's own Awareness, hearing the room as its provider would.
    const own = new Awareness(new Y.Doc());
    cleanUp.push(() => own.destroy());
    const announce = () =>
      presence.receive(conn, [
        {
          clientID: own.clientID,
          clock: own.meta.get(own.clientID)!.clock,
          json: JSON.stringify(own.getLocalState()),
        },
      ]);
    own.setLocalState({ user: { name: 'whatever' }, cursor: caret(1) });
    announce();
    (conn as { identity: CollabIdentity }).identity = { ...anisa, name: 'Anisa R.' };
    presence.restamp(conn);
    const message = presence.everyone()!;
    // The client takes its re-stamped state (a higher clock), and its next caret goes past it.
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    applyAwarenessUpdate(own, decoding.readVarUint8Array(decoder), 'server');
    expect(own.getLocalState()).toEqual({ user: { ...anisaUser, name: 'Anisa R.' }, cursor: caret(1) });
    own.setLocalStateField('cursor', caret(2));
    announce();
    expect(receive().get(own.clientID)).toEqual({
      user: { ...anisaUser, name: 'Anisa R.' },
      cursor: caret(2),
    });
  });
});
