import { describe, expect, it } from 'vitest';
import {
  paragraphText,
  plainText,
  prng,
  sleep,
  snapshot,
  type TestClient,
  waitFor,
} from '../../server/collab/testing.ts';
import { connectionsPerTest } from '../support/clients.ts';
import { demoSession } from '../support/demo.ts';

/** Twenty kills at random moments; SEPAKAT_CRASH_ROUNDS lowers it for a quick local run. */
const ROUNDS = Number(process.env.SEPAKAT_CRASH_ROUNDS ?? 20);

const demo = demoSession(['ombudsman', 'pemkot']);
const { cookies } = demo;
const sockets = connectionsPerTest(() => demo.server);
const clients = sockets.all;
const mouId = () => demo.coop.documents.find((d) => d.kind === 'mou')!.id;
const open = (cookie: string) => sockets.connect(mouId(), cookie);

/**
 * A typist: types one character every few ms at the end of its own paragraph, online or not,
 * and remembers everything it typed.
 */
function typist(client: TestClient, paragraph: number, label: string, rand: () => number) {
  const text = paragraphText(client.doc, paragraph)!;
  const start = plainText(text);
  let typed = '';
  let n = 0;
  let running = true;
  const done = (async () => {
    while (running) {
      const ch = n++ % 10 === 0 ? `[${label}${n}]` : String.fromCharCode(97 + Math.floor(rand() * 26));
      text.insert(text.length, ch);
      typed += ch;
      await sleep(3 + Math.floor(rand() * 12));
    }
  })();
  return {
    paragraph,
    expected: () => start + typed,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

describe('crash safety', () => {
  it(`loses nothing that any client typed across ${ROUNDS} SIGKILLs at random moments`, async () => {
    const rand = prng(2024);
    const writers = [open(cookies.ombudsman), open(cookies.pemkot), open(cookies.pemkot)];
    const watcher = open(cookies.ombudsman);
    await Promise.all(clients.map((c) => c.synced()));
    const typists = writers.map((c, i) => typist(c, i, 'abc'[i]!, rand));

    for (let round = 0; round < ROUNDS; round++) {
      await sleep(100 + Math.floor(rand() * 500));
      await demo.server.kill('SIGKILL');
      // Clients keep typing while the server is down; they resend it when they reconnect.
      await sleep(Math.floor(rand() * 200));
      await demo.server.restart();
      await waitFor(
        () => clients.every((c) => c.provider.synced),
        `reconnect after kill ${round + 1}`,
        20_000,
      );
    }
    await Promise.all(typists.map((t) => t.stop()));

    // Every client holds every character every client typed...
    await waitFor(
      () => clients.every((c) => c.provider.synced && snapshot(c.doc) === snapshot(watcher.doc)),
      'convergence',
      20_000,
    );
    for (const t of typists) expect(plainText(paragraphText(watcher.doc, t.paragraph)!)).toBe(t.expected());
    const final = snapshot(watcher.doc);

    // ...and so does storage: no client left to re-upload anything, one more SIGKILL, a fresh client.
    sockets.destroyAll();
    await demo.server.kill('SIGKILL');
    await demo.server.restart();
    const fresh = open(cookies.pemkot);
    await fresh.synced();
    expect(snapshot(fresh.doc)).toBe(final);
  }, 600_000);
});
