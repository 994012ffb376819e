import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { CooperationEvent } from '../../shared/api/events.ts';
import { ENDED_EVENT, EventHub, RESET_EVENT, SSE_HEADERS, type StreamEndReason } from './sse.ts';

/** A real HTTP server whose every request subscribes to cooperation `c1` of the hub. */
async function serve(hub: EventHub, check: () => StreamEndReason | null = () => null) {
  const server = createServer((req, res) => {
    res.writeHead(200, SSE_HEADERS);
    const last = req.headers['last-event-id'];
    hub.subscribe(
      new URL(req.url!, 'http://x').searchParams.get('c') ?? 'c1',
      res,
      { userId: 'u', check },
      typeof last === 'string' ? last : undefined,
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Reads an event stream as text, chunk by chunk, until `until` says enough. */
async function read(url: string, until: (text: string) => boolean, headers: Record<string, string> = {}) {
  const ac = new AbortController();
  const res = await fetch(url, { headers, signal: ac.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const timer = setTimeout(() => ac.abort(), 5000);
  try {
    while (!until(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    clearTimeout(timer);
    ac.abort();
  }
  return { res, text };
}

const events = (text: string) =>
  text
    .split('\n\n')
    .filter((f) => f.includes('data: '))
    .map((f) => ({
      id: /^id: (.+)$/m.exec(f)?.[1],
      data: JSON.parse(/^data: (.+)$/m.exec(f)?.[1] ?? 'null'),
    }));

/** A small event of the real union, told apart by its party id. */
const logo = (partyId: string): CooperationEvent => ({ type: 'party.logo', partyId });

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

let servers: Server[] = [];
afterEach(() => {
  for (const s of servers) s.close();
  servers = [];
});

describe('EventHub', () => {
  it('fans an event out to the streams of its cooperation only', async () => {
    const hub = new EventHub();
    const { server, url } = await serve(hub);
    servers.push(server);
    const mine = read(url, (t) => t.includes('liaison.deleted'));
    const other = read(`${url}?c=c2`, (t) => t.includes('party.logo'));
    await waitFor(() => hub.size === 2);
    hub.publish('c1', { type: 'liaison.deleted', liaisonId: 'l1', by: 'u1' });
    hub.publish('c2', logo('p2'));
    const [a, b] = await Promise.all([mine, other]);
    expect(a.res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(a.text).toMatch(/^retry: 3000\n/);
    expect(events(a.text).map((e) => e.data.type)).toEqual(['liaison.deleted']);
    expect(events(a.text)[0]?.data).toMatchObject({ liaisonId: 'l1', at: expect.any(String) });
    expect(events(b.text).map((e) => e.data)).toEqual([expect.objectContaining(logo('p2'))]);
    await waitFor(() => hub.size === 0);
    expect(hub.size).toBe(0);
  });

  it('replays what a reconnecting client missed after its Last-Event-ID', async () => {
    const hub = new EventHub();
    const { server, url } = await serve(hub);
    servers.push(server);
    const first = read(url, (t) => t.includes('"a"'));
    await waitFor(() => hub.size === 1);
    hub.publish('c1', logo('a'));
    const [a] = events((await first).text);
    expect(a?.data.partyId).toBe('a');
    // Disconnected: b and c (and an event of another cooperation) happen meanwhile.
    hub.publish('c2', logo('elsewhere'));
    hub.publish('c1', logo('b'));
    hub.publish('c1', logo('c'));
    const resumed = await read(url, (t) => t.includes('"c"'), { 'last-event-id': a!.id! });
    expect(events(resumed.text).map((e) => e.data.partyId)).toEqual(['b', 'c']);
  });

  it('tells a client to reload when it cannot replay: another boot, or the log no longer reaches back', async () => {
    const hub = new EventHub({ replay: 2 });
    const { server, url } = await serve(hub);
    servers.push(server);
    const stale = await read(url, (t) => t.includes(RESET_EVENT), { 'last-event-id': 'oldboot.5' });
    expect(events(stale.text).map((e) => e.data.type)).toEqual([RESET_EVENT]);
    for (const partyId of ['a', 'b', 'c']) hub.publish('c1', logo(partyId));
    // The stream's first comment names the server's boot.
    const boot = /^: (\w+)$/m.exec(stale.text)![1];
    const behind = await read(url, (t) => t.includes(RESET_EVENT), { 'last-event-id': `${boot}.0` });
    expect(events(behind.text).map((e) => e.data.type)).toEqual([RESET_EVENT]);
    const near = await read(url, (t) => t.includes('"c"'), { 'last-event-id': `${boot}.1` });
    expect(events(near.text).map((e) => e.data.partyId)).toEqual(['b', 'c']);
  });

  it('sends heartbeat comments while a stream is open', async () => {
    const hub = new EventHub({ heartbeatMs: 30 });
    const { server, url } = await serve(hub);
    servers.push(server);
    const beats = await read(url, (t) => (t.match(/: ping\n\n/g) ?? []).length >= 2);
    expect(beats.text).toContain(': ping\n\n');
  });

  it('ends a stream whose member lost access instead of sending the event, saying why', async () => {
    const hub = new EventHub();
    let reason: StreamEndReason | null = null;
    const { server, url } = await serve(hub, () => reason);
    servers.push(server);
    const stream = read(url, () => false);
    await waitFor(() => hub.size === 1);
    hub.publish('c1', logo('visible'));
    reason = 'not-member';
    hub.publish('c1', logo('secret'));
    const { text } = await stream;
    expect(events(text).map((e) => e.data)).toEqual([
      expect.objectContaining(logo('visible')),
      expect.objectContaining({ type: ENDED_EVENT, reason: 'not-member' }),
    ]);
    expect(hub.size).toBe(0);
  });

  it('sweep() ends the streams that may no longer listen, without waiting for an event', async () => {
    const hub = new EventHub();
    const reasons = new Map<string, StreamEndReason | null>([
      ['c1', null],
      ['c2', null],
    ]);
    const server = createServer((req, res) => {
      res.writeHead(200, SSE_HEADERS);
      const c = new URL(req.url!, 'http://x').searchParams.get('c')!;
      hub.subscribe(c, res, { userId: 'u', check: () => reasons.get(c) ?? null });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    servers.push(server);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ending = read(`${url}?c=c1`, () => false);
    const staying = read(`${url}?c=c2`, (t) => t.includes('"still"'));
    await waitFor(() => hub.size === 2);
    expect(hub.sweep()).toBe(0);
    reasons.set('c1', 'signed-out');
    expect(hub.sweep()).toBe(1);
    const { text } = await ending;
    expect(events(text).map((e) => e.data)).toEqual([
      expect.objectContaining({ type: ENDED_EVENT, reason: 'signed-out' }),
    ]);
    expect(hub.size).toBe(1);
    hub.publish('c2', logo('still'));
    expect(events((await staying).text).map((e) => e.data.partyId)).toEqual(['still']);
  });

  it('close() ends every open stream', async () => {
    const hub = new EventHub();
    const { server, url } = await serve(hub);
    servers.push(server);
    const stream = read(url, () => false);
    await waitFor(() => hub.size === 1);
    hub.close();
    await stream;
    expect(hub.size).toBe(0);
  });
});
