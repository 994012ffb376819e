import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Whether a request may read `/metrics`, and if not, which refusal it gets. */
export type MetricsAccess = 'allowed' | 'token-required' | 'local-only';

/** Headers a proxy adds: a request carrying one came through it from somewhere else. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'] as const;

/** 127.0.0.0/8 and ::1, also as an IPv4-mapped IPv6 address. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.toLowerCase().replace(/^::ffff:/, '');
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
function bearer(header: string | undefined): string | null {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** Compares in constant time, whatever the lengths (both are hashed first). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Who may read the metrics. They name no person but tell how busy the server is and when,
 * which is nobody's business outside its operators, so:
 * - a request from the machine itself (a loopback peer, with no proxy's forwarding header:
 *   through a reverse proxy on the same machine every request comes from loopback) is served;
 * - with `SEPAKAT_METRICS_TOKEN` set, a request anywhere carrying it as a Bearer token is
 *   served, and one without it is asked for it (401);
 * - without a token, any other request is refused (403).
 * The peer is the socket's own address, never one a header names (`SEPAKAT_TRUST_PROXY`).
 */
export function metricsAccess(
  request: { remoteAddress: string | undefined; headers: IncomingHttpHeaders },
  token: string | null,
): MetricsAccess {
  const forwarded = FORWARDING_HEADERS.some((h) => request.headers[h] !== undefined);
  if (!forwarded && isLoopback(request.remoteAddress)) return 'allowed';
  if (token === null) return 'local-only';
  const given = bearer(request.headers.authorization);
  return given !== null && sameSecret(given, token) ? 'allowed' : 'token-required';
}
