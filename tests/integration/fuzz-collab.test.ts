import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { mutate, validFrames } from '../../server/collab/fuzzing.ts';
import { paragraphText, prng, snapshot, type TestClient, waitFor } from '../../server/collab/testing.ts';
import { MAX_MESSAGE_BYTES } from '../../shared/protocol.ts';
import { connectTo } from '../support/clients.ts';
import { demoSession } from '../support/demo.ts';

const demo = demoSession(['ombudsman', 'pemkot']);
const { cookies } = demo;
const mouId = () => demo.coop.documents.find((d) => d.kind === 'mou')!.id;

/** A bare socket with an editor's cookie; resolves with the close code. */
async function sendFrames(frames: (Uint8Array | string)[]): Promise<number> {
  const ws = new WebSocket(`${demo.server.wsUrl}/collab/${mouId()}`, { headers: { Cookie: cookies.pemkot } });
  ws.on('error', () => {});
  const closed = new Promise<number>((resolve) => ws.on('close', resolve));
  await new Promise((resolve) => ws.on('open', resolve));
  for (const f of frames) if (ws.readyState === ws.OPEN) ws.send(f);
  ws.close();
  return closed;
}

const member = (cookie: string): TestClient => connectTo(demo.server, mouId(), cookie);

describe('bad frames against the real server', () => {
  it('random, mutated, text and oversized frames close only their socket; editors and storage are unaffected', async () => {
    const a = member(cookies.ombudsman);
    const b = member(cookies.pemkot);
    try {
      await Promise.all([a.synced(), b.synced()]);
      const rand = prng(99);
      const valid = validFrames();
      const codes = new Set<number>();
      for (let i = 0; i < 60; i++) {
        const frames = Array.from({ length: 3 }, () =>
          rand() < 0.4
            ? Uint8Array.from({ length: Math.floor(rand() * 48) }, () => Math.floor(rand() * 256))
            : mutate(valid[Math.floor(rand() * valid.length)]!, rand),
        );
        codes.add(await sendFrames(frames));
      }
      // 4422: a readable update the server refused; 4429: refused too often lately.
      expect([...codes].every((c) => [1000, 1005, 4400, 4422, 4429].includes(c))).toBe(true);
      expect(await sendFrames(['{"type":"not yjs"}'])).toBe(4400);
      expect([4422, 4429]).toContain(await sendFrames([new Uint8Array(MAX_MESSAGE_BYTES + 10)]));

      expect((await fetch(`${demo.server.url}/healthz`)).status).toBe(200);
      paragraphText(a.doc, 0)!.insert(0, 'Masih bekerja. ');
      await waitFor(() => snapshot(b.doc).includes('Masih bekerja. '), 'editors still in sync');
      await waitFor(() => snapshot(a.doc) === snapshot(b.doc), 'convergence');
      const expected = snapshot(a.doc);
      a.destroy();
      b.destroy();

      // What is stored still loads, after a restart, to what the editors saw.
      await demo.server.kill('SIGKILL');
      await demo.server.restart();
      const fresh = member(cookies.pemkot);
      await fresh.synced();
      expect(snapshot(fresh.doc)).toBe(expected);
      fresh.destroy();
    } finally {
      a.destroy();
      b.destroy();
    }
  });
});
