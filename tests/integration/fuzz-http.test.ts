import { describe, expect, it } from 'vitest';
import { connectClient, cookieWebSocket, prng, snapshot, waitFor } from '../../server/collab/testing.ts';
import { withServer } from '../support/withServer.ts';
import { ROWS } from './authzRows.ts';
import { buildWorld } from './authzWorld.ts';

/**
 * Bad input over HTTP: malformed JSON, wrong types, random bytes, oversized and hostile bodies
 * to every POST and PATCH endpoint of /api/openapi.json, and hostile path parameters to every
 * endpoint. The server must answer each with a 4xx `{ error: { id, message, messageEn } }`
 * (never a 5xx), stay up, and keep every stored document readable.
 */

const ctx = withServer(buildWorld, undefined, 120_000);
const BODY_LIMIT = 2 * 1024 * 1024;

interface Sent {
  what: string;
  status: number;
  error: unknown;
}

async function send(
  method: string,
  path: string,
  body: BodyInit | undefined,
  contentType?: string,
): Promise<Sent> {
  const headers: Record<string, string> = { origin: ctx.world.origin };
  // Logging out would end the owner's session the other requests use.
  if (!path.startsWith('/api/auth/logout')) headers.cookie = ctx.world.cookies.owner!;
  if (contentType) headers['content-type'] = contentType;
  const res = await fetch(ctx.server.url + path, { method, headers, body });
  // An event stream that opened never ends by itself: its status is the answer.
  if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
    await res.body?.cancel();
    return { what: `${method} ${path}`, status: res.status, error: null };
  }
  const text = await res.text();
  let error: unknown = null;
  if (res.status >= 400) {
    try {
      error = JSON.parse(text).error;
    } catch {
      error = `not JSON: ${text.slice(0, 80)}`;
    }
  }
  return { what: `${method} ${path}`, status: res.status, error };
}

/** A 4xx (or a success) with the bilingual error shape; a 5xx or another shape is a failure to report. */
function problem(s: Sent): string | null {
  if (s.status >= 500) return `${s.what}: ${s.status} ${JSON.stringify(s.error)}`;
  if (s.status < 400) return null;
  const e = s.error as { id?: unknown; message?: unknown; messageEn?: unknown } | null;
  if (typeof e?.id !== 'string' || typeof e.message !== 'string' || typeof e.messageEn !== 'string') {
    return `${s.what}: ${s.status} without the error shape: ${JSON.stringify(s.error)}`;
  }
  return null;
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '../../etc/passwd',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃ ﷽',
  'x'.repeat(20_000),
  '%00%ff',
  '{"__proto__":{"admin":true}}',
];

/** A random JSON value: scalars of every type, hostile strings, nested arrays and objects. */
function randomValue(r: () => number, depth = 0): unknown {
  const pick = Math.floor(r() * (depth > 3 ? 6 : 9));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return r() < 0.5;
    case 2:
      return [0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.5, 1e-300][Math.floor(r() * 7)];
    case 3:
    case 4:
      return HOSTILE_STRINGS[Math.floor(r() * HOSTILE_STRINGS.length)];
    case 5:
      return String(Math.floor(r() * 1e9));
    case 6:
      return Array.from({ length: Math.floor(r() * 5) }, () => randomValue(r, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = 0; i < Math.floor(r() * 5); i++)
        o[`k${Math.floor(r() * 100)}`] = randomValue(r, depth + 1);
      return o;
    }
  }
}

/** A valid body with one thing wrong: a field of another type, a field missing, an extra or hostile key. */
function mutate(valid: unknown, r: () => number): string {
  if (typeof valid !== 'object' || valid === null) return JSON.stringify(randomValue(r));
  const copy: Record<string, unknown> = JSON.parse(JSON.stringify(valid));
  const keys = Object.keys(copy);
  const key = keys[Math.floor(r() * keys.length)];
  const how = Math.floor(r() * 4);
  if (how === 0 && key) copy[key] = randomValue(r);
  else if (how === 1 && key) delete copy[key];
  else if (how === 2) copy[`extra${Math.floor(r() * 10)}`] = randomValue(r);
  else
    return JSON.stringify(copy).replace(
      /^\{/,
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},',
    );
  return JSON.stringify(copy);
}

const randomBytes = (r: () => number, n: number) =>
  Uint8Array.from({ length: n }, () => Math.floor(r() * 256));

const writes = () => ROWS.filter((row) => /^(POST|PATCH) /.test(row.endpoint));

describe('HTTP fuzz', () => {
  it('covers every POST and PATCH endpoint of the OpenAPI document', async () => {
    const spec = await ctx.server.api('/api/openapi.json');
    const listed = Object.entries(spec.body.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => m === 'post' || m === 'patch')
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(
      writes()
        .map((r) => r.endpoint)
        .sort(),
    ).toEqual(listed.sort());
  });

  it('answers malformed JSON, wrong types, random bytes and hostile values with a bilingual 4xx', async () => {
    const r = prng(20261128);
    const problems: string[] = [];
    let sent = 0;
    for (const row of writes()) {
      const method = row.endpoint.split(' ')[0];
      const valid = await row.call(ctx.world, 'owner');
      const cases: [BodyInit | undefined, string | undefined][] = [
        ['{"username": "x", ', 'application/json'],
        ['{"a":1}}', 'application/json'],
        ['', 'application/json'],
        ['null', 'application/json'],
        ['[]', 'application/json'],
        ['"teks"', 'application/json'],
        ['42', 'application/json'],
        ['{"a":1}', 'text/plain'],
        [randomBytes(r, 300), 'application/json'],
        [randomBytes(r, 300), 'application/octet-stream'],
        [randomBytes(r, 300), 'multipart/form-data; boundary=----x'],
        [`{${'"a":{'.repeat(5000)}1${'}'.repeat(5001)}`, 'application/json'],
      ];
      for (let i = 0; i < 12; i++) cases.push([mutate(valid.body ?? {}, r), 'application/json']);
      for (let i = 0; i < 4; i++) cases.push([JSON.stringify(randomValue(r)), 'application/json']);
      for (const [body, type] of cases) {
        const res = await send(method!, valid.path, body, type);
        sent++;
        const p = problem(res);
        if (p) problems.push(`${p} (body ${String(body).slice(0, 60)})`);
      }
    }
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(writes().length * 20);
    expect((await ctx.server.api('/healthz')).status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a body over the limit on every POST and PATCH endpoint with 413 in both languages', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(BODY_LIMIT + 10) });
    const got: Record<string, string> = {};
    for (const row of writes()) {
      if (row.endpoint.endsWith('/documents/import')) continue; // multipart: its own 10 MiB limit, in limits.test.ts
      const { path } = await row.call(ctx.world, 'owner');
      // Sent once, no retry: the server answers 413 as soon as Content-Length says too much and
      // reads the rest of the body before the connection may close, so no client sees EPIPE.
      const res = await send(row.endpoint.split(' ')[0]!, path, big, 'application/json');
      const e = res.error as { id: string; message: string; messageEn: string };
      got[row.endpoint] = `${res.status} ${e?.id} ${e?.message !== e?.messageEn}`;
    }
    expect(Object.entries(got).filter(([, v]) => v !== '413 http.too_large true')).toEqual([]);
  });

  it('answers hostile path parameters and query strings on every endpoint without a 5xx', async () => {
    const spec = await ctx.server.api('/api/openapi.json');
    const problems: string[] = [];
    const ids = [
      'x',
      '..%2F..%2Fetc',
      '%00',
      '%E0%A4%A',
      'a'.repeat(300),
      '%F0%9F%98%80',
      "1'%20OR%20'1'='1",
      '-1',
      'null',
    ];
    for (const [path, ops] of Object.entries(spec.body.paths as Record<string, object>)) {
      for (const method of Object.keys(ops)) {
        for (const id of ids) {
          const filled = path.replace(/\{[^}]+\}/g, id);
          const query = `?paper=${id}&from=${id}&to=${id}&limit=${id}&state=${id}&q=${id}&kind=${id}`;
          const body = method === 'get' || method === 'delete' ? undefined : '{}';
          const res = await send(method.toUpperCase(), filled + query, body, body && 'application/json');
          const p = problem(res);
          if (p) problems.push(p);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('is still up afterwards, and every document still loads, exports and syncs', async () => {
    expect((await ctx.server.api('/healthz')).body.ok).toBe(true);
    const cookie = ctx.world.cookies.owner!;
    const list = await ctx.server.api('/api/cooperations', { cookie });
    expect(list.status).toBe(200);
    const documents = list.body.cooperations.flatMap(
      (c: { documents: { id: string; kind: string }[] }) => c.documents,
    );
    expect(documents.length).toBeGreaterThan(1);
    for (const d of documents) {
      const res = await ctx.server.api(`/api/documents/${d.id}`, { cookie });
      expect(res.status, d.id).toBe(200);
      if (d.kind === 'notes') continue;
      const file = await fetch(`${ctx.server.url}/api/documents/${d.id}/export.docx`, {
        headers: { cookie },
      });
      expect(file.status, d.id).toBe(200);
      await file.arrayBuffer();
    }
    const client = connectClient(`${ctx.server.wsUrl}/collab`, ctx.world.documentId, '', {
      WebSocketPolyfill: cookieWebSocket(cookie, ctx.world.origin),
    });
    try {
      await client.synced();
      await waitFor(() => client.doc.getXmlFragment('body').length > 0, 'the demo MoU content');
      expect(snapshot(client.doc)).toContain('clause');
    } finally {
      client.destroy();
    }
  });
});
