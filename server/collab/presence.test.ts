import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Connection } from './connection.ts';
import { Presence } from './presence.ts';
import { MessageType } from './protocol.ts';

/** What Presence reads of a connection. */
const connection = () => ({ closed: false, awarenessClients: new Set<number>() }) as unknown as Connection;
const entry = (clientID: number, clock: number, state: object | null) => ({
  clientID,
  clock,
  json: JSON.stringify(state),
});

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
  it('relays each state exactly as its client wrote it, and gives everyone’s to a newcomer', () => {
    const { presence, sent, receive } = started();
    const raw = '{"user":{"name":"Anisa"},  "cursor":null}';
    presence.receive(connection(), [{ clientID: 7, clock: 1, json: raw }]);
    expect(Buffer.from(sent[0]).includes(Buffer.from(raw))).toBe(true);
    expect(receive().get(7)).toEqual({ user: { name: 'Anisa' }, cursor: null });
    const everyone = presence.everyone();
    expect(everyone).not.toBeNull();
    const { client: newcomer, deliver: toNewcomer } = started();
    toNewcomer(everyone!);
    expect(newcomer.getStates().get(7)).toEqual({ user: { name: 'Anisa' }, cursor: null });
  });

  it('keeps y-protocols’ clock rules: older news is dropped, a goodbye at the same clock removes', () => {
    const { presence, receive } = started();
    const conn = connection();
    presence.receive(conn, [entry(7, 3, { n: 'new' })]);
    presence.receive(conn, [entry(7, 2, { n: 'old' })]);
    presence.receive(conn, [entry(7, 3, { n: 'same clock' })]);
    expect(receive().get(7)).toEqual({ n: 'new' });
    presence.receive(conn, [entry(7, 3, null)]);
    expect(receive().has(7)).toBe(false);
    expect(conn.awarenessClients.has(7)).toBe(false);
    presence.receive(conn, [entry(7, 4, { n: 'back' })]);
    expect(receive().get(7)).toEqual({ n: 'back' });
  });

  it('lets nobody set or clear another connection’s client until that connection closes', () => {
    const { presence, receive } = started();
    const owner = connection();
    const other = connection();
    presence.receive(owner, [entry(7, 1, { n: 'mine' })]);
    presence.receive(other, [entry(7, 2, { n: 'forged' }), entry(8, 1, { n: 'own' })]);
    presence.receive(other, [entry(7, 3, null)]);
    let states = receive();
    expect(states.get(7)).toEqual({ n: 'mine' });
    expect(states.get(8)).toEqual({ n: 'own' });
    (owner as { closed: boolean }).closed = true;
    presence.receive(other, [entry(7, 4, { n: 'taken over after the close' })]);
    presence.remove(owner); // the closed connection's leaving no longer clears what was taken over
    states = receive();
    expect(states.get(7)).toEqual({ n: 'taken over after the close' });
  });

  it('clears what a closed connection announced', () => {
    const { presence, receive } = started();
    const conn = connection();
    presence.receive(conn, [entry(7, 5, { n: 'a' }), entry(9, 1, { n: 'b' })]);
    expect(receive().size).toBe(2);
    presence.remove(conn);
    expect(receive().size).toBe(0);
    expect(presence.everyone()).toBeNull();
  });

  it('removes a state its client stopped renewing, and keeps a renewed one', async () => {
    const { presence, receive } = started(60);
    const conn = connection();
    presence.receive(conn, [entry(7, 1, { n: 'quiet' }), entry(8, 1, { n: 'renewing' })]);
    for (let clock = 2; clock <= 6; clock++) {
      await new Promise((r) => setTimeout(r, 20));
      presence.receive(conn, [entry(8, clock, { n: 'renewing' })]);
    }
    const states = receive();
    expect(states.has(7)).toBe(false);
    expect(states.get(8)).toEqual({ n: 'renewing' });
  });
});
