import fastifyCookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { DB } from '../db/connection.ts';
import {
  createSession,
  deleteSession,
  deleteUserSessions,
  extendSession,
  findSession,
} from '../db/repos/sessions.ts';
import { findUserById, type User } from '../db/repos/users.ts';

/** The session cookie's name (httpOnly, SameSite=Lax, Path=/; Secure over https). */
export const SESSION_COOKIE = 'sepakat_session';

/**
 * The user of a session token, or null when the token is unknown or expired. A session used
 * in the second half of its life is extended, so active people stay signed in.
 */
export function userFromToken(db: DB, token: string | undefined, ttlMs?: number): User | null {
  if (!token || token.length > 200) return null;
  const session = findSession(db, token);
  if (!session) return null;
  const now = Date.now();
  if (ttlMs && session.expiresAt - now < ttlMs / 2) extendSession(db, session.id, now + ttlMs);
  return findUserById(db, session.userId);
}

/**
 * True while the session of `token` exists and has not expired: an open event stream asks
 * this, so a logout, a password change (also from the CLI) or an expiry ends it.
 */
export function sessionIsLive(db: DB, token: string | undefined): boolean {
  return !!token && token.length <= 200 && findSession(db, token) !== null;
}

/**
 * When the session of a raw `Cookie` header began (ms), or null: a device offline since cannot
 * have written anything earlier, so suggestions it brings back are stamped no earlier than this.
 */
export function sessionStartFromCookieHeader(db: DB, cookieHeader: string | undefined | null): number | null {
  if (!cookieHeader) return null;
  try {
    const token = fastifyCookie.parse(cookieHeader)[SESSION_COOKIE];
    return token && token.length <= 200 ? (findSession(db, token)?.createdAt ?? null) : null;
  } catch {
    return null;
  }
}

/** The signed-in user from a raw `Cookie` header (used on the WebSocket upgrade). */
export function userFromCookieHeader(db: DB, cookieHeader: string | undefined | null): User | null {
  if (!cookieHeader) return null;
  let token: string | undefined;
  try {
    token = fastifyCookie.parse(cookieHeader)[SESSION_COOKIE];
  } catch {
    return null;
  }
  return userFromToken(db, token);
}

/** True when the request reached us over https (directly or, with trustProxy, via a proxy). */
const isHttps = (req: FastifyRequest) => req.protocol === 'https';

/** Starts a session for the user and sets the cookie on the reply. */
export function startSession(
  db: DB,
  config: Config,
  req: FastifyRequest,
  reply: FastifyReply,
  userId: string,
): void {
  const { token, expiresAt } = createSession(db, userId, config.sessionTtlMs);
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: isHttps(req),
    expires: new Date(expiresAt),
  });
}

/**
 * Ends the request's session (if any) and clears the cookie. Its open sockets and event
 * streams end when access is checked again (`recheckOpenAccess` in `accessSweep.ts`).
 */
export function endSession(db: DB, req: FastifyRequest, reply: FastifyReply): void {
  const token = req.cookies[SESSION_COOKIE];
  if (token) deleteSession(db, token);
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/', secure: isHttps(req) });
}

/**
 * Ends every other session of the user (after a password change through the API): the
 * request's own session stays, so the person who changed it stays signed in here.
 */
export function endOtherSessions(db: DB, req: FastifyRequest, userId: string): number {
  return deleteUserSessions(db, userId, req.cookies[SESSION_COOKIE]);
}
