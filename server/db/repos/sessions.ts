import { createHash, randomBytes } from 'node:crypto';
import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/**
 * Sessions are stored by the SHA-256 of their token: a copy of the database (a backup, a
 * leaked file) does not let anyone log in as the users in it.
 */
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Session {
  id: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
}

interface SessionRow {
  id: string;
  user_id: string;
  created_at: number;
  expires_at: number;
}

/** Creates a session; returns the token for the cookie (shown once, stored only hashed). */
export function createSession(db: DB, userId: string, ttlMs: number, now = Date.now()) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = now + ttlMs;
  sql(db, 'INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
    sessionIdOf(token),
    userId,
    now,
    expiresAt,
  );
  return { token, expiresAt };
}

/** The live (unexpired) session of a token, or null. */
export function findSession(db: DB, token: string, now = Date.now()): Session | null {
  const r = sql<[string, number], SessionRow>(
    db,
    'SELECT * FROM sessions WHERE id = ? AND expires_at > ?',
  ).get(sessionIdOf(token), now);
  return r ? { id: r.id, userId: r.user_id, createdAt: r.created_at, expiresAt: r.expires_at } : null;
}

export function extendSession(db: DB, sessionId: string, expiresAt: number): void {
  sql(db, 'UPDATE sessions SET expires_at = ? WHERE id = ?').run(expiresAt, sessionId);
}

export function deleteSession(db: DB, token: string): void {
  sql(db, 'DELETE FROM sessions WHERE id = ?').run(sessionIdOf(token));
}

/**
 * Logs a user out everywhere (after a password change), except the session `keepToken` if
 * given. Returns how many sessions ended.
 */
export function deleteUserSessions(db: DB, userId: string, keepToken?: string): number {
  return sql(db, 'DELETE FROM sessions WHERE user_id = ? AND id <> ?').run(
    userId,
    keepToken ? sessionIdOf(keepToken) : '',
  ).changes;
}

export function deleteExpiredSessions(db: DB, now = Date.now()): number {
  return sql(db, 'DELETE FROM sessions WHERE expires_at <= ?').run(now).changes;
}

/**
 * A number that moves whenever access may have been taken away, in this process or another
 * one (triggers of migration 008: sessions deleted, memberships changed or removed, document
 * status changed). Reading it is one row.
 */
export function readAccessEpoch(db: DB): number {
  return sql<[], { n: number }>(db, 'SELECT n FROM access_epoch WHERE one = 1').get()?.n ?? 0;
}

/** How many sessions have expired by `now` but are still stored (until {@link deleteExpiredSessions}). */
export function countExpiredSessions(db: DB, now = Date.now()): number {
  return sql<[number], { n: number }>(db, 'SELECT count(*) AS n FROM sessions WHERE expires_at <= ?').get(
    now,
  )!.n;
}
