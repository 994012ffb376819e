import { describe, expect, it } from 'vitest';
import { paragraphText, sleep, snapshot, type TestClient, waitFor } from '../../server/collab/testing.ts';
import { clientsPerTest } from '../support/clients.ts';
import { type EventStream, streamsPerTest } from '../support/eventStream.ts';
import { buildDocument, buildMemberWorld } from '../support/factories.ts';
import { runScript } from '../support/scripts.ts';
import type { TestServer } from '../support/server.ts';
import { withServer } from '../support/withServer.ts';

/**
 * Sessions end everywhere: a logout, a password change (API or CLI), a removal or a role change
 * reaches the user's open collaboration sockets and event streams. `immediate` runs its periodic
 * check only once a minute, so what ends there within the 5 s the waits allow (a loaded machine;
 * it takes milliseconds) was done at once; `swept` runs the product's default check (every 2 s)
 * for what another process changes.
 */
const immediate = withServer(undefined, { env: { SEPAKAT_ACCESS_CHECK_MS: '60000' } });
const swept = withServer();

/** An owner, a cooperation with an MoU, and an editor (party 2). */
type World = Awaited<ReturnType<typeof buildMemberWorld>>;

// Each test names the server it opens on.
const sockets = clientsPerTest(() => immediate.server);
/** A stock y-websocket client on the document, carrying `cookie` as a browser tab would. */
const openSocket = (server: TestServer, documentId: string, cookie: string) =>
  sockets(documentId, cookie, server);
const streams = streamsPerTest(() => immediate.server);
const openStream = (server: TestServer, cooperationId: string, cookie: string) =>
  streams(cooperationId, cookie, server);

/** Types `text` at the start of paragraph `n` and waits until `watcher` has it. */
async function typeAndSee(writer: TestClient, watcher: TestClient, text: string, n = 0) {
  paragraphText(writer.doc, n)!.insert(0, text);
  await waitFor(() => snapshot(watcher.doc).includes(text), `"${text}" reaches the other client`);
}

/** Milliseconds until `check` holds (fails after `ms`). */
async function msUntil(check: () => unknown, label: string, ms: number): Promise<number> {
  const started = Date.now();
  await waitFor(check, label, ms);
  return Date.now() - started;
}

const changePassword = (server: TestServer, cookie: string, currentPassword: string, newPassword: string) =>
  server.api('/api/auth/password', { cookie, body: { currentPassword, newPassword } });

/** One signed-in device of a person: its session cookie, its socket on the MoU and its event stream. */
interface Device {
  cookie: string;
  socket: TestClient;
  stream: EventStream;
}

async function openDevice(server: TestServer, w: World, cookie: string): Promise<Device> {
  const [socket, stream] = await Promise.all([
    openSocket(server, w.doc.id, cookie),
    openStream(server, w.coop.id, cookie),
  ]);
  return { cookie, socket, stream };
}

/** The member signed in on two devices, each with a socket and a stream, and the owner watching the MoU. */
async function twoDevices(server: TestServer) {
  const w = await buildMemberWorld(server);
  const second = await server.login(w.member.user.username, w.member.password);
  const watcher = await openSocket(server, w.doc.id, w.owner.cookie);
  const [first, other] = await Promise.all([
    openDevice(server, w, w.member.cookie),
    openDevice(server, w, second),
  ]);
  return { ...w, watcher, first, other };
}

/** The device was cut off at once: its socket closed with 4401, its stream ended (signed-out). */
async function expectSignedOut(device: Device) {
  await waitFor(() => device.socket.closes.includes(4401), 'socket closed with 4401', 5000);
  expect((await device.stream.next('stream.ended', 5000)).data.reason).toBe('signed-out');
  expect(await device.stream.untilEnded(1000)).toBe(true);
}

/** The device goes on: its typing reaches the watcher and its stream hears of a new document. */
async function expectGoesOn(server: TestServer, w: World, watcher: TestClient, device: Device, text: string) {
  await typeAndSee(device.socket, watcher, text);
  await buildDocument(server, w.owner.cookie, w.coop.id, { kind: 'pks', mouId: w.doc.id });
  await device.stream.next('document.created');
  expect(device.socket.closes).toEqual([]);
}

describe('logout', () => {
  it("closes that session's socket (4401) and event stream at once; the person's other session goes on", async () => {
    const w = await twoDevices(immediate.server);
    const out = await immediate.server.api('/api/auth/logout', { method: 'POST', cookie: w.first.cookie });
    expect(out.status).toBe(200);
    await expectSignedOut(w.first);
    // The browser's EventSource reconnects and is refused.
    const again = await fetch(`${immediate.server.url}/api/cooperations/${w.coop.id}/events`, {
      headers: { cookie: w.first.cookie },
    });
    expect(again.status).toBe(401);
    await expectGoesOn(immediate.server, w, w.watcher, w.other, 'Sesi lain tetap menulis. ');
  });
});

describe('password change through the API', () => {
  it('refuses a wrong current password (403) and a short new one (400), ending nothing', async () => {
    const { member } = await buildMemberWorld(immediate.server);
    const wrong = await changePassword(immediate.server, member.cookie, 'bukan-ini', 'kata-sandi-baru-1');
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatchObject({ id: 'auth.wrong_password', message: expect.any(String) });
    expect(wrong.body.error.messageEn).not.toBe(wrong.body.error.message);
    const short = await changePassword(immediate.server, member.cookie, member.password, 'pendek');
    expect(short.status).toBe(400);
    expect(short.body.error.field).toBe('newPassword');
    expect((await immediate.server.api('/api/me', { cookie: member.cookie })).status).toBe(200);
    const anonymous = await immediate.server.api('/api/auth/password', {
      body: { currentPassword: 'apa-saja', newPassword: 'kata-sandi-baru-1' },
    });
    expect(anonymous.status).toBe(401);
  });

  it('ends every other session at once, with its sockets and streams; the session that changed it stays', async () => {
    const w = await twoDevices(immediate.server);
    const changed = await changePassword(
      immediate.server,
      w.first.cookie,
      w.member.password,
      'kata-sandi-baru-api',
    );
    expect(changed.status).toBe(200);
    await expectSignedOut(w.other);
    expect((await immediate.server.api('/api/me', { cookie: w.other.cookie })).status).toBe(401);
    expect((await immediate.server.api('/api/me', { cookie: w.first.cookie })).status).toBe(200);
    await expectGoesOn(immediate.server, w, w.watcher, w.first, 'Yang mengganti tetap menulis. ');

    const old = await immediate.server.api('/api/auth/login', {
      body: { username: w.member.user.username, password: w.member.password },
    });
    expect(old.status).toBe(401);
    await immediate.server.login(w.member.user.username, 'kata-sandi-baru-api');
  });
});

describe('password change from the CLI in another process', () => {
  it('closes the socket and the event stream within a few seconds', async () => {
    const { owner, coop, doc, member } = await buildMemberWorld(swept.server);
    const watcher = await openSocket(swept.server, doc.id, owner.cookie);
    const observer = await openSocket(swept.server, doc.id, owner.cookie);
    const socket = await openSocket(swept.server, doc.id, member.cookie);
    const stream = await openStream(swept.server, coop.id, member.cookie);
    await typeAndSee(socket, watcher, 'Sebelum ganti sandi. ');

    const run = await runScript(
      'server/cli/user.ts',
      ['passwd', member.user.username, '--password', 'kata-sandi-dari-cli'],
      { SEPAKAT_DATA_DIR: swept.server.dataDir, LOG_LEVEL: 'silent' },
    );
    expect(run.code, run.out).toBe(0);
    expect(run.stdout).toMatch(/1 sesi ditutup|1 sessions ended/);
    // The server checks every 2 s by default; the CLI's own start-up is not counted.
    const socketMs = await msUntil(() => socket.closes.includes(4401), 'socket closed with 4401', 10_000);
    const streamMs = await msUntil(() => stream.ended, 'stream ended', 10_000);
    expect(socketMs).toBeLessThan(5000);
    expect(streamMs).toBeLessThan(5000);
    expect(stream.received.at(-1)?.data).toMatchObject({ type: 'stream.ended', reason: 'signed-out' });

    // What the socket sends after its session ended is not taken.
    paragraphText(socket.doc, 1)!.insert(0, 'SESUDAH SESI BERAKHIR ');
    await sleep(300);
    await typeAndSee(watcher, observer, 'Pemilik menulis. ', 2);
    expect(snapshot(observer.doc)).not.toContain('SESUDAH SESI BERAKHIR');
    await swept.server.login(member.user.username, 'kata-sandi-dari-cli');
  });
});

describe('membership changes', () => {
  it("a removed member's socket (4403) and event stream end, without waiting for an event", async () => {
    const { owner, coop, doc, member } = await buildMemberWorld(swept.server);
    const socket = await openSocket(swept.server, doc.id, member.cookie);
    const stream = await openStream(swept.server, coop.id, member.cookie);
    const removed = await swept.server.api(`/api/cooperations/${coop.id}/members/${member.user.id}`, {
      method: 'DELETE',
      cookie: owner.cookie,
    });
    expect(removed.status).toBe(200);
    await waitFor(() => socket.closes.includes(4403), 'socket closed with 4403', 5000);
    expect((await stream.next('stream.ended', 5000)).data.reason).toBe('not-member');
    expect(await stream.untilEnded(1000)).toBe(true);
    const again = await fetch(`${swept.server.url}/api/cooperations/${coop.id}/events`, {
      headers: { cookie: member.cookie },
    });
    expect(again.status).toBe(404);
  });

  it('a member downgraded to viewer can no longer write: nothing sent afterwards is stored or seen', async () => {
    const { owner, coop, doc, member } = await buildMemberWorld(immediate.server);
    const watcher = await openSocket(immediate.server, doc.id, owner.cookie);
    const socket = await openSocket(immediate.server, doc.id, member.cookie);
    const stream = await openStream(immediate.server, coop.id, member.cookie);
    await typeAndSee(socket, watcher, 'Masih penyunting. ');

    const patched = await immediate.server.api(`/api/cooperations/${coop.id}/members/${member.user.id}`, {
      method: 'PATCH',
      cookie: owner.cookie,
      body: { role: 'viewer' },
    });
    expect(patched.status).toBe(200);
    paragraphText(socket.doc, 1)!.insert(0, 'PENONTON MENGUBAH ');
    socket.doc.getMap('meta').set('title', 'Judul dari penonton');
    // The socket may be closed for it (a refused update) or kept read-only; either way the
    // server has had the frame for a while when the owner's later edit went round.
    await sleep(300);
    const observer = await openSocket(immediate.server, doc.id, owner.cookie);
    await typeAndSee(watcher, observer, 'Pemilik sesudahnya. ', 2);
    const fresh = await openSocket(immediate.server, doc.id, owner.cookie);
    for (const view of [snapshot(observer.doc), snapshot(fresh.doc)]) {
      expect(view).toContain('Masih penyunting. ');
      expect(view).toContain('Pemilik sesudahnya. ');
      expect(view).not.toContain('PENONTON MENGUBAH');
    }
    expect(fresh.doc.getMap('meta').get('title')).not.toBe('Judul dari penonton');
    // A viewer still hears the cooperation's events.
    await buildDocument(immediate.server, owner.cookie, coop.id, { kind: 'pks', mouId: doc.id });
    await stream.next('document.created');
  });
});
