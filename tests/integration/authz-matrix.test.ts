import { describe, expect, it } from 'vitest';
import {
  connectClient,
  cookieWebSocket,
  sleep,
  type TestClient,
  waitFor,
} from '../../server/collab/testing.ts';
import type { DocumentResponse } from '../../shared/api/documents.ts';
import { CloseCode } from '../../shared/protocol.ts';
import { serversPerFile, withServer } from '../support/withServer.ts';
import { type Call, ROWS } from './authzRows.ts';
import { buildWorld, CALLERS, type Caller, type World } from './authzWorld.ts';

/**
 * The authorisation matrix: every REST endpoint of /api/openapi.json and the collaboration
 * socket × (anonymous, non-member, viewer, commenter, suggester, editor, owner, editor of the other
 * party) → the status each gets. Requests carry the server's own Origin, as a browser would.
 */

const ctx = withServer(buildWorld, undefined, 120_000);
const otherServers = serversPerFile();

async function send(w: World, caller: Caller, endpoint: string, call: Call) {
  const method = endpoint.split(' ')[0];
  const cookie = call.cookie !== undefined ? call.cookie : w.cookies[caller];
  const headers: Record<string, string> = { origin: w.origin };
  if (cookie) headers.cookie = cookie;
  let body: BodyInit | undefined;
  if (call.form) body = call.form;
  else if (call.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.body);
  }
  const controller = new AbortController();
  const res = await fetch(w.server.url + call.path, { method, headers, body, signal: controller.signal });
  if (call.stream) {
    controller.abort();
    return { status: res.status, error: null };
  }
  const text = await res.text();
  let error: unknown = null;
  if (res.status >= 400) error = JSON.parse(text).error;
  return { status: res.status, error };
}

describe('the REST endpoints', () => {
  it('has a row for every endpoint of /api/openapi.json, and none for an endpoint that is gone', async () => {
    const spec = await ctx.server.api('/api/openapi.json');
    const listed = Object.entries(spec.body.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const rows = ROWS.map((r) => r.endpoint);
    expect(
      listed.filter((e) => !rows.includes(e)),
      'endpoints without an expectation row',
    ).toEqual([]);
    expect(
      rows.filter((e) => !listed.includes(e)),
      'rows for endpoints that do not exist',
    ).toEqual([]);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it.each(ROWS.map((r) => [r.endpoint, r] as const))(
    '%s',
    async (_, row) => {
      const got: Record<string, number> = {};
      for (const caller of CALLERS) {
        const { status, error } = await send(
          ctx.world,
          caller,
          row.endpoint,
          await row.call(ctx.world, caller),
        );
        got[caller] = status;
        if (error !== null) {
          expect(error, `${row.endpoint} as ${caller}`).toMatchObject({
            id: expect.any(String),
            message: expect.any(String),
            messageEn: expect.any(String),
          });
        }
      }
      expect(got).toEqual(row.expect);
    },
    // A row signs in or builds a record once per caller (scrypt, invitations): eight callers
    // on a busy machine take longer than the default minute.
    180_000,
  );
});

/** Opens the collaboration socket as `caller`; resolves with 'synced' or the first close code. */
async function openSocket(caller: Caller, clients: TestClient[], origin = ctx.world.origin) {
  const c = connectClient(`${ctx.server.wsUrl}/collab`, ctx.world.documentId, '', {
    WebSocketPolyfill: cookieWebSocket(ctx.world.cookies[caller], origin),
  });
  clients.push(c);
  await waitFor(() => c.provider.synced || c.closes.length > 0, `socket of ${caller}`);
  return { client: c, outcome: c.provider.synced ? ('synced' as const) : c.closes[0]! };
}

describe('the collaboration socket', () => {
  it('refuses anonymous (4401) and outsiders (4403); members sync; only editors and owners write', async () => {
    const clients: TestClient[] = [];
    try {
      const observer = (await openSocket('owner', clients)).client;
      const meta = observer.doc.getMap('meta');
      const got: Record<string, string | number> = {};
      for (const caller of CALLERS) {
        const { client, outcome } = await openSocket(caller, clients);
        if (outcome !== 'synced') {
          got[caller] = outcome;
          continue;
        }
        // A field of the metadata form, so that only the caller's right to write decides.
        const mine = `Tempat uji ${caller}`;
        client.doc.getMap('meta').set('place', mine);
        // A write by the owner after it: once the observer has that one, the caller's is in or out.
        const after = `Perihal sesudah ${caller}`;
        const writer = (await openSocket('owner', clients)).client;
        writer.doc.getMap('meta').set('subject', after);
        await waitFor(() => meta.get('subject') === after, `the owner's write after ${caller}'s`);
        await sleep(200);
        if (meta.get('place') === mine) got[caller] = 'read-write';
        else {
          // Refused, not dropped in silence: the sender's socket is closed with the reason.
          await waitFor(() => client.closes.length > 0, `the refusal of ${caller}'s write`);
          // A refusal by its reason: 'read-only', or 'suggestion' for a suggester's direct change.
          got[caller] = client.closes[0] === CloseCode.refused ? client.reasons[0]! : client.closes[0]!;
          // Nor did it reach storage.
          const stored = (await ctx.world.asOwner<DocumentResponse>(`/api/documents/${ctx.world.documentId}`))
            .body.document.meta;
          expect(stored.place, caller).not.toBe(mine);
          expect(stored.subject).toBe(after);
        }
      }
      expect(got).toEqual({
        anonymous: 4401,
        nonMember: 4403,
        viewer: 'read-only',
        commenter: 'read-only',
        suggester: 'suggestion',
        editor: 'read-write',
        owner: 'read-write',
        otherParty: 'read-write',
      });
    } finally {
      for (const c of clients) c.destroy();
    }
  });

  it('tells each member what it may do with the draft: edit, suggest, or must suggest', async () => {
    const got: Record<string, string> = {};
    for (const caller of CALLERS) {
      const res = await fetch(`${ctx.server.url}/api/documents/${ctx.world.documentId}`, {
        headers: ctx.world.cookies[caller] ? { cookie: ctx.world.cookies[caller] } : {},
      });
      const body = (await res.json()) as Partial<DocumentResponse>;
      const p = body.permissions;
      got[caller] = p
        ? `${p.canEdit ? 'edit' : '-'} ${p.canSuggest ? 'suggest' : '-'} ${p.mustSuggest ? 'must' : '-'}`
        : `${res.status}`;
    }
    expect(got).toEqual({
      anonymous: '401',
      nonMember: '404',
      viewer: '- - -',
      commenter: '- - -',
      suggester: '- suggest must',
      editor: 'edit suggest -',
      owner: 'edit suggest -',
      otherParty: 'edit suggest -',
    });
  });

  it('refuses a foreign Origin (4403) and an unknown document (4404), even for the owner', async () => {
    const clients: TestClient[] = [];
    try {
      expect((await openSocket('owner', clients, 'https://penyerang.example')).outcome).toBe(4403);
      const c = connectClient(`${ctx.server.wsUrl}/collab`, 'tidak-ada', '', {
        WebSocketPolyfill: cookieWebSocket(ctx.world.cookies.owner, ctx.world.origin),
      });
      clients.push(c);
      await waitFor(() => c.closes.length > 0, 'close of the unknown document');
      expect(c.closes[0]).toBe(4404);
    } finally {
      for (const c of clients) c.destroy();
    }
  });
});

describe('Origin, login limit, cookie and headers', () => {
  it('refuses every state-changing endpoint from a foreign Origin with 403, before anything else', async () => {
    const counts = async () => {
      const id = ctx.world.cooperation.id;
      const list = async (path: string, key: string) =>
        (await ctx.world.asOwner<Record<string, unknown[]>>(path)).body[key]!.length;
      return [
        await list('/api/cooperations', 'cooperations'),
        await list(`/api/cooperations/${id}/meetings`, 'meetings'),
        await list(`/api/cooperations/${id}/points`, 'points'),
        await list(`/api/cooperations/${id}/actions`, 'actions'),
        await list(`/api/cooperations/${id}/liaisons`, 'liaisons'),
        await list(`/api/documents/${ctx.world.documentId}/versions`, 'versions'),
      ];
    };
    const got: Record<string, string> = {};
    const calls = [];
    for (const row of ROWS.filter((r) => !r.endpoint.startsWith('GET '))) {
      calls.push({ row, call: await row.call(ctx.world, 'owner') });
    }
    const before = await counts();
    for (const { row, call } of calls) {
      const res = await fetch(ctx.world.server.url + call.path, {
        method: row.endpoint.split(' ')[0],
        headers: {
          origin: 'https://penyerang.example',
          cookie: ctx.world.cookies.owner!,
          'content-type': 'application/json',
        },
        body: JSON.stringify(call.body ?? {}),
      });
      got[row.endpoint] = `${res.status} ${(await res.json()).error?.id}`;
    }
    expect(
      Object.values(got).every((v) => v === '403 http.origin_rejected'),
      JSON.stringify(got, null, 1),
    ).toBe(true);
    // Nothing was done: no cooperation, meeting, point, follow-up, liaison or version was added.
    expect(await counts()).toEqual(before);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/', async () => {
    const res = await fetch(`${ctx.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ctx.world.origin },
      body: JSON.stringify({ username: 'tamu', password: ctx.server.password }),
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sepakat_session='))!;
    const attrs = cookie.split(';').map((a) => a.trim().toLowerCase());
    expect(attrs).toContain('httponly');
    expect(attrs).toContain('samesite=lax');
    expect(attrs).toContain('path=/');
  });

  it('sends the security headers on API answers and on the app shell', async () => {
    for (const path of ['/api/me', '/', '/healthz']) {
      const res = await fetch(ctx.server.url + path);
      await res.arrayBuffer();
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toMatch(/DENY|SAMEORIGIN/i);
      expect(res.headers.get('referrer-policy'), path).toMatch(/no-referrer|same-origin|strict-origin/);
    }
  });

  it('limits login attempts per IP and username (429, bilingual); another username still gets in', async () => {
    const limited = await otherServers.start({ env: { SEPAKAT_LOGIN_RATE: '3' } });
    const attempt = (username: string, password = 'salah-sekali') =>
      limited.api('/api/auth/login', { body: { username, password } });
    for (let i = 0; i < 3; i++) expect((await attempt('pemkot')).status).toBe(401);
    const refused = await attempt('pemkot', limited.password);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({ id: 'http.rate_limited', message: expect.any(String) });
    expect(refused.body.error.messageEn).not.toBe(refused.body.error.message);
    expect((await attempt('tamu', limited.password)).status).toBe(200);
  });
});
