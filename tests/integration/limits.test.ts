import { connect } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Framer } from '../../bench/protocol.ts';
import {
  connectClient,
  cookieWebSocket,
  paragraphText,
  snapshot,
  type TestClient,
  waitFor,
} from '../../server/collab/testing.ts';
import { documentXml, docxOf, pasalLines } from '../../server/word/import/testing.ts';
import { META } from '../../shared/meta.ts';
import { CloseCode, MAX_DOCUMENT_BYTES, MAX_MESSAGE_BYTES, RefusalReason } from '../../shared/protocol.ts';
import { clause, editBody, paragraph } from '../support/bodyEdits.ts';
import { demoCooperation } from '../support/factories.ts';
import { withServer } from '../support/withServer.ts';

/**
 * The limits, each with a clear error: the JSON body (2 MiB → 413 `http.too_large`, the rest
 * of a refused body read up to 64 MiB so the client reads the answer), the Word import (10 MiB
 * → 413 `import.too_large`; Pasal as configured → `import.too_many_pasal`), the Word export
 * (Pasal as configured → `export.too_large`), a socket frame (2 MiB → close 4422 `too-large`,
 * twice that → ws's 1009), presence (64 KiB → 4413) and a document's size (32 MiB → 4422
 * `too-large`, nothing of the refused update stored, other editors unaffected).
 */

let cookie: string;
let cooperationId: string;
let mouId: string;
let pksId: string;
const BODY_LIMIT = 2 * 1024 * 1024;
const DRAIN = 64 * 1024 * 1024;
const MAX_IMPORT_PASAL = 20;
const MAX_EXPORT_PASAL = 30;

const ctx = withServer(undefined, {
  env: {
    SEPAKAT_IMPORT_MAX_PASAL: String(MAX_IMPORT_PASAL),
    SEPAKAT_EXPORT_MAX_PASAL: String(MAX_EXPORT_PASAL),
  },
});

beforeAll(async () => {
  cookie = await ctx.server.login('ombudsman');
  const coop = await demoCooperation(ctx.server, cookie);
  cooperationId = coop.id;
  mouId = coop.documents.find((d) => d.kind === 'mou')!.id;
  pksId = coop.documents.find((d) => d.kind === 'pks' && d.tier === 'single')!.id;
});

const bilingual = (error: { id: string; message: string; messageEn: string }, id: string) => {
  expect(error.id).toBe(id);
  expect(error.message.length).toBeGreaterThan(5);
  expect(error.messageEn.length).toBeGreaterThan(5);
  expect(error.message).not.toBe(error.messageEn);
};

/** A socket with the owner's session: resolves once the server spoke, then sends `frames`; resolves the close. */
async function frames(documentId: string, list: Uint8Array[]): Promise<{ code: number; reason: string }> {
  const ws = new WebSocket(`${ctx.server.wsUrl}/collab/${documentId}`, {
    headers: { cookie, origin: ctx.server.url },
  });
  ws.on('error', () => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve) => ws.once('message', resolve));
  for (const f of list) ws.send(f);
  const timer = setTimeout(() => ws.close(), 10_000);
  const result = await closed;
  clearTimeout(timer);
  return result;
}

describe('HTTP body limits', () => {
  it('accepts a JSON body just under 2 MiB (then judges it) and refuses one over it with 413', async () => {
    const path = `/api/cooperations/${cooperationId}/points`;
    const under = await ctx.server.api(path, {
      cookie,
      body: { text: 'x'.repeat(BODY_LIMIT - 200), documentId: mouId },
    });
    expect(under.status).toBe(400); // read and validated: the text is over its own 10,000 characters
    bilingual(under.body.error, 'validation.invalid');
    const over = await ctx.server.api(path, {
      cookie,
      body: { text: 'x'.repeat(BODY_LIMIT + 1), documentId: mouId },
    });
    expect(over.status).toBe(413);
    bilingual(over.body.error, 'http.too_large');
  });

  it('refuses a Word file over 10 MiB with 413 import.too_large and creates nothing', async () => {
    const before = (await ctx.server.api(`/api/cooperations/${cooperationId}`, { cookie })).body.cooperation
      .documents;
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(10 * 1024 * 1024 + 1024)]), 'besar.docx');
    const res = await fetch(`${ctx.server.url}/api/cooperations/${cooperationId}/documents/import`, {
      method: 'POST',
      headers: { cookie, origin: ctx.server.url },
      body: form,
    });
    expect(res.status).toBe(413);
    bilingual((await res.json()).error, 'import.too_large');
    const after = (await ctx.server.api(`/api/cooperations/${cooperationId}`, { cookie })).body.cooperation
      .documents;
    expect(after.length).toBe(before.length);
  });
});

/**
 * A raw HTTP/1.1 request that declares `declared` bytes of JSON and then sends until the server
 * closes the connection (or `declared` is sent). Resolves what the server answered, when, and
 * how much had been sent when it closed.
 */
function rawOversized(
  path: string,
  declared: number,
): Promise<{ head: string; sentWhenAnswered: number; sent: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(ctx.server.port, '127.0.0.1');
    const chunk = Buffer.alloc(1024 * 1024, 0x78);
    let answer = '';
    let sent = 0;
    let sentWhenAnswered = -1;
    socket.on('data', (d) => {
      if (sentWhenAnswered < 0) sentWhenAnswered = sent;
      answer += d.toString('latin1');
    });
    const done = () => resolve({ head: answer, sentWhenAnswered, sent });
    socket.on('close', done);
    socket.on('error', done);
    socket.setTimeout(60_000, () => reject(new Error('no close in 60 s')));
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n`,
    );
    const pump = () => {
      while (sent < declared && !socket.destroyed) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
    };
    pump();
  });
}

describe('a refused body: the answer reaches the client', () => {
  it('answers 413 before the body is sent, reads on to the drain bound, then closes', async () => {
    const declared = 1024 * 1024 * 1024; // 1 GiB, never sent in full
    const { head, sentWhenAnswered, sent } = await rawOversized('/api/auth/login', declared);
    expect(head).toMatch(/^HTTP\/1\.1 413/);
    expect(head).toContain('"id":"http.too_large"');
    expect(head).not.toMatch(/connection: close/i);
    // Answered on Content-Length alone: long before the bound.
    expect(sentWhenAnswered).toBeLessThan(DRAIN / 2);
    // Read to the bound, not beyond (what the kernels' buffers hold aside).
    expect(sent).toBeGreaterThan(DRAIN);
    expect(sent).toBeLessThan(DRAIN + 32 * 1024 * 1024);
    expect((await ctx.server.api('/healthz')).status).toBe(200);
  }, 90_000);

  it('answers every oversized JSON body with the bilingual 413, 20 times in a row, without EPIPE', async () => {
    const big = JSON.stringify({ username: 'pemkot', password: 'x'.repeat(3 * 1024 * 1024) });
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${ctx.server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: big,
      });
      seen.push(`${res.status} ${((await res.json()) as { error: { id: string } }).error.id}`);
    }
    expect(new Set(seen)).toEqual(new Set(['413 http.too_large']));
  }, 90_000);
});

describe('import and export limits (configured: 20 Pasal to import, 30 to export)', () => {
  const importDocx = async (file: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), 'draf.docx');
    const res = await fetch(`${ctx.server.url}/api/cooperations/${cooperationId}/documents/import`, {
      method: 'POST',
      headers: { cookie, origin: ctx.server.url },
      body: form,
    });
    return { status: res.status, body: await res.json() };
  };

  it('refuses a draft over SEPAKAT_IMPORT_MAX_PASAL, naming both numbers; imports one at it', async () => {
    const over = await importDocx(await docxOf(documentXml(pasalLines(MAX_IMPORT_PASAL + 1))));
    expect(over.status).toBe(413);
    bilingual(over.body.error, 'import.too_many_pasal');
    expect(over.body.error.message).toContain(
      `${MAX_IMPORT_PASAL + 1} Pasal; paling banyak ${MAX_IMPORT_PASAL}`,
    );
    const at = await importDocx(await docxOf(documentXml(pasalLines(MAX_IMPORT_PASAL))));
    expect(at.status).toBe(201);
    expect(at.body.report.clauses).toBe(MAX_IMPORT_PASAL);
  }, 60_000);

  it('refuses to export a document grown past SEPAKAT_EXPORT_MAX_PASAL through the socket', async () => {
    const imported = await importDocx(await docxOf(documentXml(pasalLines(MAX_IMPORT_PASAL))));
    const id = imported.body.document.id as string;
    const exportOf = () =>
      fetch(`${ctx.server.url}/api/documents/${id}/export.docx`, { headers: { cookie } });
    expect((await exportOf()).status).toBe(200);
    const editor = connectClient(`${ctx.server.wsUrl}/collab`, id, '', {
      WebSocketPolyfill: cookieWebSocket(cookie, ctx.server.url),
    });
    try {
      await editor.synced();
      editBody(editor.doc, (body) => {
        for (let i = 0; i <= MAX_EXPORT_PASAL - MAX_IMPORT_PASAL; i++) {
          body.content!.push(clause(`tambahan-${i}`, `Tambahan ${i}`, paragraph('Isi tambahan.')));
        }
        return body;
      });
      const pasal = async () =>
        (await ctx.server.api(`/api/documents/${id}`, { cookie })).body.document.clauses.length;
      for (const until = Date.now() + 20_000; (await pasal()) <= MAX_EXPORT_PASAL; ) {
        if (Date.now() > until) throw new Error('the added Pasal were not stored');
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      editor.destroy();
    }
    const refused = await exportOf();
    expect(refused.status).toBe(422);
    bilingual(
      ((await refused.json()) as { error: { id: string; message: string; messageEn: string } }).error,
      'export.too_large',
    );
    expect((await ctx.server.api('/healthz')).status).toBe(200);
  }, 60_000);
});

describe('collaboration limits', () => {
  const framer = new Framer('y-websocket', 'unused');

  it('refuses a frame over 2 MiB (4422 too-large); over 4 MiB ws says 1009', async () => {
    const big = framer.update(new Uint8Array(MAX_MESSAGE_BYTES + 1));
    expect(await frames(mouId, [big])).toEqual({ code: CloseCode.refused, reason: RefusalReason.tooLarge });
    const huge = new Uint8Array(MAX_MESSAGE_BYTES * 2 + 10);
    expect((await frames(mouId, [huge])).code).toBe(1009);
  });

  it('closes a socket whose presence is over 64 KiB with 4413', async () => {
    const presence = framer.awareness(12345, 1, JSON.stringify({ user: { name: 'x'.repeat(70 * 1024) } }));
    expect(await frames(mouId, [presence])).toEqual({ code: 4413, reason: 'presence too large' });
  });

  it('refuses the update that would take a document past 32 MiB; nothing of it is stored, others go on', async () => {
    const clients: TestClient[] = [];
    const open = () => {
      const c = connectClient(`${ctx.server.wsUrl}/collab`, pksId, '', {
        WebSocketPolyfill: cookieWebSocket(cookie, ctx.server.url),
      });
      clients.push(c);
      return c;
    };
    try {
      const other = open();
      await other.synced();
      // A writer that types 1.5 MiB into the first paragraph, one message each, until refused.
      const writer = new Y.Doc();
      Y.applyUpdate(writer, Y.encodeStateAsUpdate(other.doc));
      const reached = (clock: number) =>
        (Y.decodeStateVector(Y.encodeStateVector(other.doc)).get(writer.clientID) ?? 0) >= clock;
      const ws = new WebSocket(`${ctx.server.wsUrl}/collab/${pksId}`, {
        headers: { cookie, origin: ctx.server.url },
      });
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
      );
      await new Promise((resolve) => ws.once('message', resolve));
      const chunk = 'x'.repeat(1.5 * 1024 * 1024);
      const sent: number[] = [];
      let outcome: { code: number; reason: string } | null = null;
      void closed.then((c) => {
        outcome = c;
      });
      for (let i = 0; i < Math.ceil(MAX_DOCUMENT_BYTES / chunk.length) + 4 && !outcome; i++) {
        let update: Uint8Array | null = null;
        writer.once('update', (u: Uint8Array) => {
          update = u;
        });
        paragraphText(writer, 0)!.insert(0, chunk);
        ws.send(framer.update(update!));
        // The writer's clock once this update is in: what the other editor must reach.
        const clock = Y.decodeStateVector(Y.encodeStateVector(writer)).get(writer.clientID)!;
        sent.push(clock);
        // One at a time: the server stores each before the next (a backlog would hide which was refused).
        await waitFor(() => reached(clock) || outcome !== null, `update ${i}`, 30_000);
      }
      expect(await closed).toEqual({ code: CloseCode.refused, reason: RefusalReason.tooLarge });
      const accepted = sent.filter((clock) => reached(clock));
      expect(accepted.length).toBe(sent.length - 1);
      expect(accepted.length * chunk.length).toBeGreaterThan(MAX_DOCUMENT_BYTES - 3 * chunk.length);

      // The other editor is still connected and can write; a fresh client gets exactly that state.
      other.doc.getMap('meta').set(META.place, 'Jambi');
      const fresh = open();
      await fresh.synced();
      await waitFor(() => fresh.doc.getMap('meta').get(META.place) === 'Jambi', 'a later edit');
      const freshClock = Y.decodeStateVector(Y.encodeStateVector(fresh.doc)).get(writer.clientID) ?? 0;
      expect(freshClock).toBeLessThan(sent[sent.length - 1]!);
      const seen = snapshot(other.doc);
      expect(snapshot(fresh.doc)).toBe(seen);
      writer.destroy();

      // And in storage: after a restart the document loads without the refused value.
      for (const c of clients.splice(0)) c.destroy();
      await ctx.server.restart();
      const reloaded = open();
      await reloaded.synced();
      expect(snapshot(reloaded.doc)).toBe(seen);
    } finally {
      for (const c of clients) c.destroy();
    }
  }, 120_000);
});
