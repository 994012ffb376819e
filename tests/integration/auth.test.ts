import { describe, expect, it } from 'vitest';
import { sleep } from '../../server/collab/testing.ts';
import type { ErrorBody } from '../../shared/api/common.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { withServer } from '../support/withServer.ts';

const EXTRA_ORIGIN = 'https://sepakat.contoh.go.id';
// The product's default login limits (10 per minute per address and username), not the test default.
const ctx = withServer(undefined, { env: { SEPAKAT_LOGIN_RATE: '10', SEPAKAT_ORIGINS: EXTRA_ORIGIN } });

const expectBilingual = (body: ErrorBody, id: string) => {
  expect(body.error.id).toBe(id);
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.error.messageEn).toEqual(expect.any(String));
  expect(body.error.message).not.toBe(body.error.messageEn);
};

describe('login', () => {
  it('signs a demo user in with an httpOnly SameSite=Lax session cookie', async () => {
    const res = await fetch(`${ctx.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ombudsman', password: ctx.server.password }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.user).toMatchObject({ username: 'ombudsman', displayName: 'Kepala Perwakilan' });
    expect(body.user).not.toHaveProperty('passwordHash');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sepakat_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i); // plain http here; Secure is set behind https
    expect(cookie.split(';')[0]!.length).toBeGreaterThan('sepakat_session='.length + 30);
  });

  it('accepts the username in any case', async () => {
    const res = await ctx.server.api('/api/auth/login', {
      body: { username: 'PEMKOT', password: ctx.server.password },
    });
    expect(res.status).toBe(200);
    expect(res.body.user.username).toBe('pemkot');
  });

  it('refuses a wrong password and an unknown user with the same bilingual error', async () => {
    const wrong = await ctx.server.api('/api/auth/login', {
      body: { username: 'pemkot', password: 'salah' },
    });
    const unknown = await ctx.server.api('/api/auth/login', {
      body: { username: 'tidak-ada', password: 'salah' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expectBilingual(wrong.body, 'auth.invalid_credentials');
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('names the missing field when the body is incomplete', async () => {
    const res = await ctx.server.api('/api/auth/login', { body: { username: 'pemkot' } });
    expect(res.status).toBe(400);
    expectBilingual(res.body, 'validation.invalid');
    expect(res.body.error.field).toBe('password');
    expect(res.body.error.message).toContain('password');
    expect(res.body.error.messageEn).toContain('password');
  });

  it('answers malformed JSON with a 400 in both languages', async () => {
    const res = await ctx.server.api('/api/auth/login', { body: '{"username": "pemkot", ' });
    expect(res.status).toBe(400);
    expectBilingual(res.body, 'http.malformed_json');
  });

  it('limits attempts per address and username to 10 a minute, successful ones too (429, bilingual)', async () => {
    const attempt = () =>
      ctx.server.api('/api/auth/login', { body: { username: 'walikota', password: ctx.server.password } });
    for (let i = 0; i < 10; i++) expect((await attempt()).status).toBe(200);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expectBilingual(limited.body, 'http.rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = await ctx.server.api('/api/auth/login', {
      body: { username: 'organisasi', password: ctx.server.password },
    });
    expect(other.status).toBe(200);
  });
});

/** A login attempt, optionally as if forwarded by a proxy for the addresses in `forwardedFor`. */
const tryLogin = (on: TestServer, username: string, password: string, forwardedFor?: string) =>
  on.api('/api/auth/login', {
    body: { username, password },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });

describe('login limits across usernames and addresses', () => {
  // No proxy trusted: X-Forwarded-For means nothing.
  const plain = withServer(undefined, { env: { SEPAKAT_LOGIN_ADDRESS_RATE: '5' } });
  // One proxy in front: the address it appends (the last entry) is the client's.
  const proxied = withServer(undefined, {
    env: {
      SEPAKAT_TRUST_PROXY: '1',
      SEPAKAT_LOGIN_ADDRESS_RATE: '4',
      SEPAKAT_LOGIN_BACKOFF_AFTER: '3',
      SEPAKAT_LOGIN_BACKOFF_MS: '2000',
    },
  });

  it('stops a username spray from one address, before any password is checked; a forged X-Forwarded-For changes nothing', async () => {
    for (const username of ['pemkot', 'tidak-ada-1', 'ombudsman', 'tidak-ada-2', 'tamu']) {
      expect((await tryLogin(plain.server, username, 'tebakan-umum')).status).toBe(401);
    }
    const sprayed = await tryLogin(plain.server, 'tidak-ada-3', 'tebakan-umum');
    expect(sprayed.status).toBe(429);
    expectBilingual(sprayed.body, 'auth.address_limited');
    const wait = Number(sprayed.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(sprayed.body.error.message).toContain(`${wait} detik`);
    expect(sprayed.body.error.messageEn).toContain(`${wait} seconds`);
    // Refused before the password is looked at: the right one gets no further.
    expect((await tryLogin(plain.server, 'asisten', plain.server.password)).status).toBe(429);
    for (let i = 0; i < 5; i++) {
      const forged = await tryLogin(plain.server, `palsu-${i}`, 'tebakan', `198.51.100.${i}`);
      expect(forged.status).toBe(429);
      expect(forged.body.error.id).toBe('auth.address_limited');
    }
  });

  it('with a hop count, only the hop the proxy appended counts', async () => {
    // Whatever the client writes in front, the proxy appends the address it saw: that one counts.
    for (let i = 0; i < 4; i++) {
      const res = await tryLogin(proxied.server, `semprot-${i}`, 'tebakan', `10.66.0.${i}, 203.0.113.7`);
      expect(res.status).toBe(401);
    }
    const limited = await tryLogin(proxied.server, 'semprot-9', 'tebakan', '10.66.0.99, 203.0.113.7');
    expect(limited.status).toBe(429);
    expect(limited.body.error.id).toBe('auth.address_limited');
    // Another client behind the same proxy is not limited.
    expect((await tryLogin(proxied.server, 'semprot-9', 'tebakan', '203.0.113.8')).status).toBe(401);
  });

  it('slows further tries on a username that keeps failing, from any address; the wait grows and a success resets it', async () => {
    let n = 0;
    /** Each attempt from another address, as a spread-out attacker would. */
    const fromAnywhere = (password: string, username = 'walikota') =>
      tryLogin(proxied.server, username, password, `192.0.2.${++n}`);
    for (let i = 0; i < 3; i++) expect((await fromAnywhere('tebakan')).status).toBe(401);
    const slowed = await fromAnywhere('tebakan');
    expect(slowed.status).toBe(429);
    expectBilingual(slowed.body, 'auth.account_backoff');
    const first = Number(slowed.headers.get('retry-after'));
    expect([1, 2]).toContain(first); // 2 s after the third failure, less what has passed since
    expect(slowed.body.error.message).toContain(`${first} detik`);
    // Even the right password waits: guessing cannot go on at full speed.
    expect((await fromAnywhere(proxied.server.password)).status).toBe(429);
    // Other usernames are not slowed.
    expect((await fromAnywhere(proxied.server.password, 'organisasi')).status).toBe(200);

    await sleep(first * 1000 + 100);
    expect((await fromAnywhere('tebakan')).status).toBe(401);
    const longer = await fromAnywhere('tebakan');
    expect(longer.status).toBe(429);
    const second = Number(longer.headers.get('retry-after'));
    expect([3, 4]).toContain(second); // doubled: 4 s
    await sleep(second * 1000 + 100);
    expect((await fromAnywhere(proxied.server.password)).status).toBe(200);
    // Reset: three more failures before the next wait.
    for (let i = 0; i < 3; i++) expect((await fromAnywhere('tebakan')).status).toBe(401);
    expect((await fromAnywhere('tebakan')).status).toBe(429);
  });

  it('refuses SEPAKAT_TRUST_PROXY=true at start, saying why', async () => {
    await expect(startServer({ env: { SEPAKAT_TRUST_PROXY: 'true' } })).rejects.toThrow(
      /SEPAKAT_TRUST_PROXY: "true" is neither a hop count nor a proxy address/,
    );
  });
});

describe('session', () => {
  it('GET /api/me is 401 without a session and shows the user with one', async () => {
    const anonymous = await ctx.server.api('/api/me');
    expect(anonymous.status).toBe(401);
    expectBilingual(anonymous.body, 'auth.unauthorised');
    const cookie = await ctx.server.login('tamu');
    const me = await ctx.server.api('/api/me', { cookie });
    expect(me.status).toBe(200);
    expect(me.body.user).toEqual({
      id: expect.any(String),
      username: 'tamu',
      displayName: 'Tamu',
      position: expect.any(String),
    });
  });

  it('a forged cookie is no session', async () => {
    const res = await ctx.server.api('/api/me', { cookie: 'sepakat_session=dibuat-buat' });
    expect(res.status).toBe(401);
  });

  it('logout ends the session on the ctx.server and clears the cookie', async () => {
    const cookie = await ctx.server.login('asisten');
    const out = await ctx.server.api('/api/auth/logout', { method: 'POST', cookie });
    expect(out.status).toBe(200);
    const cleared = out.headers.getSetCookie().find((c) => c.startsWith('sepakat_session='))!;
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/);
    expect((await ctx.server.api('/api/me', { cookie })).status).toBe(401);
  });
});

describe('Origin check on state-changing requests', () => {
  const login = (origin?: string) =>
    ctx.server.api('/api/auth/login', {
      origin,
      body: { username: 'pemkot', password: ctx.server.password },
    });

  it('refuses a foreign Origin with 403', async () => {
    const res = await login('https://penyerang.example');
    expect(res.status).toBe(403);
    expectBilingual(res.body, 'http.origin_rejected');
    expect((await login('null')).status).toBe(403);
  });

  it("allows the server's own origin, SEPAKAT_ORIGINS, and clients that send none", async () => {
    expect((await login(ctx.server.url)).status).toBe(200);
    expect((await login(`http://localhost:${ctx.server.port}`)).status).toBe(200);
    expect((await login(EXTRA_ORIGIN)).status).toBe(200);
    expect((await login()).status).toBe(200);
  });

  it('does not apply to reads', async () => {
    const cookie = await ctx.server.login('pemkot');
    const res = await ctx.server.api('/api/me', { cookie, origin: 'https://penyerang.example' });
    expect(res.status).toBe(200);
  });
});

describe('HTTP basics', () => {
  it('GET /healthz', async () => {
    const res = await ctx.server.api('/healthz');
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
  });

  it('sends security headers', async () => {
    const res = await fetch(`${ctx.server.url}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`ws://127.0.0.1:${ctx.server.port}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('unknown API routes answer 404 in both languages', async () => {
    const res = await ctx.server.api('/api/tidak-ada');
    expect(res.status).toBe(404);
    expectBilingual(res.body, 'route.not_found');
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await ctx.server.api('/api/auth/login', {
      body: { username: 'pemkot', password: 'x'.repeat(3 * 1024 * 1024) },
    });
    expect(res.status).toBe(413);
    expectBilingual(res.body, 'http.too_large');
  });

  it('/api/openapi.json describes every API path', async () => {
    const res = await ctx.server.api('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const paths = Object.keys(res.body.paths);
    for (const p of [
      '/api/auth/login',
      '/api/auth/logout',
      '/api/me',
      '/api/cooperations',
      '/api/cooperations/{id}',
      '/api/cooperations/{id}/invitations',
      '/api/cooperations/{id}/members/{userId}',
      '/api/cooperations/{id}/documents',
      '/api/documents/{id}',
    ]) {
      expect(paths).toContain(p);
    }
    const login = res.body.paths['/api/auth/login'].post;
    expect(JSON.stringify(login.requestBody)).toContain('username');
  });
});
